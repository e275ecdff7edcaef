using Ontwikkelagenda.Intake.Toegang;

namespace Ondersteuning.Api.Meldingen;

/// <summary>The routes under <c>/{id}</c> of a resource answer only the school or SWV it belongs to (<see cref="SchoolToegang"/>).</summary>
public static class EigenResource
{
    public static RouteGroupBuilder AlleenEigen<TAntwoord>(this RouteGroupBuilder groep, Resource<TAntwoord> resource, string wat) =>
        groep.AlleenEigen(async (services, id, aanroeper, cancellationToken) =>
        {
            if (await services.GetRequiredService<IntakeFlow>().Find(resource, id, cancellationToken) is not { } historie) return null;
            return SchoolToegang.SchoolVan(resource.Aanmaak(historie)) is not (true, var brin)
                || services.GetRequiredService<SchoolToegang>().Mag(aanroeper, brin);
        }, wat);
}

using Agenda.Api.Client;
using Microsoft.AspNetCore.Http.HttpResults;
using Agenda.Contracts.Grains;

namespace Agenda.Api.Rapportcijfers;

/// <summary>/v1/rapportcijfers: the report's baseline figures, computed from their raw counts.</summary>
public static class RapportcijfersApi
{
    public static IEndpointRouteBuilder MapRapportcijfersApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/rapportcijfers", Get)
            .WithTags("Rapportcijfers")
            .WithName("GetRapportcijfers")
            .WithSummary("De uitgangscijfers uit het onderzoeksrapport met teller, noemer en de berekende waarde");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<Rapportcijfer>>> Get(IClusterClient client, CancellationToken cancellationToken)
    {
        var cijfers = await client.GetGrain<IRegisterGrain>(0).GetRapportcijfers().WaitAsync(cancellationToken);
        IReadOnlyList<Rapportcijfer> result = [.. cijfers.Select(c => new Rapportcijfer(c.Code, c.Omschrijving, c.Gebied, c.Periode,
            c.Teller, c.Eenheid == "aantal" ? null : c.Noemer, c.Eenheid, c.Waarde, c.Bron))];
        return TypedResults.Ok(result);
    }
}

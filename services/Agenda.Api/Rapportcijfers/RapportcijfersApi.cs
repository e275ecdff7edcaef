using Microsoft.AspNetCore.Http.HttpResults;
using Agenda.Contracts.Grains;
using Ontwikkelagenda.Contracts.Referentie;

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
        // A plain count has no denominator to show.
        IReadOnlyList<Rapportcijfer> result = [.. cijfers.Select(c => c.Eenheid == "aantal" ? c with { Noemer = null } : c)];
        return TypedResults.Ok(result);
    }
}

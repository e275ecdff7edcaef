using Agenda.Api.Client;
using Agenda.Api.Kpis;
using Microsoft.AspNetCore.Http.HttpResults;
using Agenda.Contracts.Grains;
using Ontwikkelagenda.Contracts.Values;

namespace Agenda.Api.Regio;

/// <summary>/v1/regio-overzicht: the four municipalities, the two SWVs and the region side by side, every KPI and goal.</summary>
public static class RegioOverzichtApi
{
    public static IEndpointRouteBuilder MapRegioOverzichtApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/regio-overzicht", Get)
            .WithTags("Regio")
            .WithName("GetRegioOverzicht")
            .WithSummary("Alle KPI's en de status van elk doel voor de gemeenten, samenwerkingsverbanden en de regio op een peildatum");
        return app;
    }

    private static async Task<Results<Ok<RegioOverzicht>, ValidationProblem>> Get(
        string? peildatum, IClusterClient client, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!Peildatum.TryResolve(peildatum, time, out var datum, out var problem)) return problem;

        var register = client.GetGrain<IRegisterGrain>(0);
        var gemeentenTask = register.GetGemeenten(datum);
        var swvsTask = register.GetSamenwerkingsverbanden();
        var gemeenten = (await gemeentenTask.WaitAsync(cancellationToken))
            .Where(g => GemeenteCode.TryParse(g.Code, out var code) && RegioGemeenten.Contains(code)).ToList();
        var swvs = await swvsTask.WaitAsync(cancellationToken);

        // All scopes at once: each grain answers from its own state.
        var gemeenteKpis = gemeenten.Select(g => client.GetGrain<IGemeenteGrain>(g.Code).GetKpis(datum)).ToArray();
        var swvKpis = swvs.Select(s => client.GetGrain<ISwvGrain>(s.Code).GetKpis(datum)).ToArray();
        var regioKpis = client.GetGrain<IRegioGrain>(IRegioGrain.Key).GetKpis(datum);
        await Task.WhenAll([.. gemeenteKpis, .. swvKpis, regioKpis]).WaitAsync(cancellationToken);

        return TypedResults.Ok(new RegioOverzicht(
            datum,
            [.. gemeenten.Select((g, i) => gemeenteKpis[i].Result.ToOverzicht(g.Code, g.Naam))],
            [.. swvs.Select((s, i) => swvKpis[i].Result.ToSwvOverzicht(s.Code, s.Naam))],
            regioKpis.Result));
    }
}

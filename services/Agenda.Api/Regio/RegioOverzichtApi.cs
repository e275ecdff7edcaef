using Agenda.Api.Orleans;
using Microsoft.AspNetCore.Http.HttpResults;
using Ontwikkelagenda.Agenda.Client;
using Ontwikkelagenda.Contracts.Grains;
using Ontwikkelagenda.Contracts.Values;

namespace Agenda.Api.Regio;

/// <summary>/v1/regio-overzicht: the four municipalities, the two SWVs and the region side by side.</summary>
public static class RegioOverzichtApi
{
    public static IEndpointRouteBuilder MapRegioOverzichtApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/regio-overzicht", Get)
            .WithTags("Regio")
            .WithName("GetRegioOverzicht")
            .WithSummary("Thuiszitterscijfers van de gemeenten, samenwerkingsverbanden en de regio op een peildatum");
        return app;
    }

    private static async Task<Results<Ok<RegioOverzicht>, ValidationProblem>> Get(
        string? peildatum, IClusterClient client, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!Peildatum.TryResolve(peildatum, time, out var datum, out var problem)) return problem;

        var register = client.GetGrain<IRegisterGrain>(0);
        var gemeentenTask = register.GetGemeenten();
        var swvsTask = register.GetSamenwerkingsverbanden();
        var gemeenten = (await gemeentenTask).Where(g => GemeenteCode.TryParse(g.Code, out var code) && RegioGemeenten.Contains(code)).ToList();
        var swvs = await swvsTask;

        // All scopes at once: each grain answers from its own state.
        var gemeenteKpis = gemeenten.Select(g => client.GetGrain<IGemeenteGrain>(g.Code).GetThuiszitterKpis(datum)).ToArray();
        var swvKpis = swvs.Select(s => client.GetGrain<ISwvGrain>(s.Code).GetThuiszitterKpis(datum)).ToArray();
        var regioKpis = client.GetGrain<IRegioGrain>(IRegioGrain.Key).GetThuiszitterKpis(datum);
        await Task.WhenAll([.. gemeenteKpis, .. swvKpis, regioKpis]).WaitAsync(cancellationToken);

        return TypedResults.Ok(new RegioOverzicht(
            datum,
            [.. gemeenten.Select((g, i) => new GemeenteOverzicht(g.Code, g.Naam, gemeenteKpis[i].Result.ToCijfers()))],
            [.. swvs.Select((s, i) => new SwvOverzicht(s.Code, s.Naam, swvKpis[i].Result.ToCijfers()))],
            new RegioCijfers(regioKpis.Result.ToCijfers())));
    }
}

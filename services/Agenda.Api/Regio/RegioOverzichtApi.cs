using Agenda.Api.Client;
using System.Globalization;
using Agenda.Api.Kpis;
using Agenda.Api.Live;
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
        string? peildatum, IClusterClient client, AntwoordCache cache, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!Peildatum.TryResolve(peildatum, time, out var datum, out var problem)) return problem;
        // Many viewers, one answer per peildatum until one of its scopes changes.
        var sleutel = string.Create(CultureInfo.InvariantCulture, $"regio-overzicht/{datum:yyyy-MM-dd}");
        return TypedResults.Ok(await cache.LeesAsync(sleutel, () => Lees(client, datum), cancellationToken));
    }

    private static async Task<(RegioOverzicht, IReadOnlySet<string>)> Lees(IClusterClient client, DateOnly datum)
    {
        var register = client.GetGrain<IRegisterGrain>(0);
        var gemeentenTask = register.GetGemeenten(datum);
        var swvsTask = register.GetSamenwerkingsverbanden();
        var gemeenten = (await gemeentenTask)
            .Where(g => GemeenteCode.TryParse(g.Code, out var code) && RegioGemeenten.Contains(code)).ToList();
        var swvs = await swvsTask;

        // All scopes at once: each grain answers from its own state.
        var gemeenteKpis = gemeenten.Select(g => client.GetGrain<IGemeenteGrain>(g.Code).GetKpis(datum)).ToArray();
        var swvKpis = swvs.Select(s => client.GetGrain<ISwvGrain>(s.Code).GetKpis(datum)).ToArray();
        var regioKpis = client.GetGrain<IRegioGrain>(IRegioGrain.Key).GetKpis(datum);
        await Task.WhenAll([.. gemeenteKpis, .. swvKpis, regioKpis]);

        var overzicht = new RegioOverzicht(
            datum,
            [.. gemeenten.Select((g, i) => gemeenteKpis[i].Result.ToOverzicht(g.Code, g.Naam))],
            [.. swvs.Select((s, i) => swvKpis[i].Result.ToSwvOverzicht(s.Code, s.Naam))],
            regioKpis.Result);
        IReadOnlySet<string> scopes = new HashSet<string>(
            [.. gemeenten.Select(g => ScopeNamen.Gemeente(g.Code)), .. swvs.Select(s => ScopeNamen.Swv(s.Code)), ScopeNamen.Regio(IRegioGrain.Key)],
            StringComparer.Ordinal);
        return (overzicht, scopes);
    }
}

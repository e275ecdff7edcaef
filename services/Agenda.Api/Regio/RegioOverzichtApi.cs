using System.Globalization;
using System.Security.Claims;
using Agenda.Api.Client;
using Agenda.Api.Live;
using Agenda.Api.Privacy;
using Microsoft.AspNetCore.Http.HttpResults;
using Agenda.Contracts.Grains;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.ServiceDefaults.Toegang;

namespace Agenda.Api.Regio;

/// <summary>
/// /v1/regio-overzicht: the four municipalities, the two SWVs and the region side by side, every KPI and goal, protected
/// for the caller as one answer (<see cref="RegioBescherming"/>).
/// </summary>
public static class RegioOverzichtApi
{
    /// <summary>
    /// The setting that lets anyone read the fully protected overview without a token (docs/rights.md, "Public
    /// overview"): off unless the partners choose to publish it.
    /// </summary>
    public const string OpenbaarInstelling = "Agenda:RegioOverzichtOpenbaar";

    public static IEndpointRouteBuilder MapRegioOverzichtApi(this IEndpointRouteBuilder app, bool openbaar)
    {
        var endpoint = app.MapGet("/v1/regio-overzicht", Get)
            .WithTags("Regio")
            .WithName("GetRegioOverzicht")
            .WithSummary("Alle KPI's en de status van elk doel voor de gemeenten, samenwerkingsverbanden en de regio op een peildatum; kleine aantallen beschermd, behalve voor wie inzage heeft in die gemeente of dat samenwerkingsverband");
        if (openbaar) endpoint.AllowAnonymous();
        else endpoint.RequireAuthorization(Rechten.Overzicht);
        return app;
    }

    private static async Task<Results<Ok<RegioOverzicht>, ValidationProblem>> Get(
        string? peildatum, ClaimsPrincipal gebruiker, IClusterClient client, AntwoordCache cache, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!Peildatum.TryResolve(peildatum, time, out var datum, out var problem)) return problem;
        // Many viewers, one answer per peildatum and per kind of case rights (a handful) until one of its scopes changes.
        var inzage = Inzage.Van(Aanroeper.Van(gebruiker));
        var sleutel = string.Create(CultureInfo.InvariantCulture, $"regio-overzicht/{datum:yyyy-MM-dd}/{inzage.Gemeente}/{inzage.Swv}");
        return TypedResults.Ok(await cache.LeesAsync(sleutel, () => Lees(client, datum, inzage), cancellationToken));
    }

    private static async Task<(RegioOverzicht, IReadOnlySet<string>)> Lees(IClusterClient client, DateOnly datum, Inzage inzage)
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

        var overzicht = RegioBescherming.Van(
            datum,
            [.. gemeenten.Select((g, i) => new RegioBescherming.Gebied(g.Code, g.Naam, gemeenteKpis[i].Result))],
            [.. swvs.Select((s, i) => new RegioBescherming.Gebied(s.Code, s.Naam, swvKpis[i].Result))],
            regioKpis.Result,
            inzage);
        IReadOnlySet<string> scopes = new HashSet<string>(
            [.. gemeenten.Select(g => ScopeNamen.Gemeente(g.Code)), .. swvs.Select(s => ScopeNamen.Swv(s.Code)), ScopeNamen.Regio(IRegioGrain.Key)],
            StringComparer.Ordinal);
        return (overzicht, scopes);
    }
}

using Agenda.Api.Client;
using Agenda.Api.Doelen;
using Agenda.Api.Privacy;
using Microsoft.AspNetCore.Http.HttpResults;
using Agenda.Contracts.Grains;
using Ontwikkelagenda.Contracts.Agenda;
using Ontwikkelagenda.ServiceDefaults.NlApi;

namespace Agenda.Api.Oogo;

/// <summary>/v1/oogo-overleggen: the dated OOGO meetings, and per goal what changed between two of them.</summary>
public static class OogoOverleggenApi
{
    public static IEndpointRouteBuilder MapOogoOverleggenApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/oogo-overleggen").WithTags("OOGO-overleggen");

        api.MapGet("", List)
            .WithName("GetOogoOverleggen")
            .WithSummary("De OOGO-overleggen, oudste eerst");

        api.MapGet("/wijzigingen", Wijzigingen)
            .WithName("GetOogoWijzigingen")
            .WithSummary("Per doel de KPI-waarde en status op beide data, het verschil en de rapportages ertussen (na van, tot en met tot); standaard tussen de laatste twee OOGO-overleggen tot vandaag")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<OogoOverleg>>> List(IClusterClient client, CancellationToken cancellationToken)
    {
        var overleggen = await client.GetGrain<IRegisterGrain>(0).GetOogoOverleggen().WaitAsync(cancellationToken);
        IReadOnlyList<OogoOverleg> result = [.. overleggen.OrderBy(o => o.Datum)];
        return TypedResults.Ok(result);
    }

    private static async Task<Results<Ok<OogoWijzigingen>, ValidationProblem, ProblemHttpResult>> Wijzigingen(
        string? van, string? tot, IClusterClient client, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var vanDatum = QueryDate.Parse("van", van, errors);
        var totDatum = QueryDate.Parse("tot", tot, errors);
        if (vanDatum is { } v && totDatum is { } t && v >= t) errors["van"] = ["Van ligt niet voor tot."];
        if (errors.Count > 0) return NlProblems.Validation(errors);

        var register = client.GetGrain<IRegisterGrain>(0);
        if (vanDatum is null || totDatum is null)
        {
            var datums = (await register.GetOogoOverleggen().WaitAsync(cancellationToken)).Select(o => o.Datum).Order().ToList();
            totDatum ??= datums.LastOrDefault(d => d <= time.Today());
            var grens = totDatum.Value;
            vanDatum ??= datums.LastOrDefault(d => d < grens);
            if (totDatum == default || vanDatum == default)
                return NlProblems.NotFound("Er zijn nog geen twee OOGO-overleggen om te vergelijken; geef van en tot op.");
            if (vanDatum >= totDatum) return NlProblems.Validation("van", "Van ligt niet voor tot.");
        }
        var vanDag = vanDatum.Value;
        var totDag = totDatum.Value;

        var regio = client.GetGrain<IRegioGrain>(IRegioGrain.Key);
        var versiesTask = register.GetAgendaVersies();
        var kpisVanTask = regio.GetKpis(vanDag);
        var kpisTotTask = regio.GetKpis(totDag);
        var rapportenTask = regio.GetVoortgangsrapporten();
        await Task.WhenAll(versiesTask, kpisVanTask, kpisTotTask, rapportenTask).WaitAsync(cancellationToken);

        // The region's figures: protected for every caller, nobody has case rights for the whole region.
        var opVan = kpisVanTask.Result.Doelen.ToDictionary(d => d.Nummer, d => DoelKpiBescherming.Stand(d, kpisVanTask.Result, exact: false));
        var opTot = kpisTotTask.Result.Doelen.ToDictionary(d => d.Nummer, d => DoelKpiBescherming.Stand(d, kpisTotTask.Result, exact: false));
        var doelen = AgendaOpDatum.Kies(versiesTask.Result, totDag).Doelen.OrderBy(d => d.Nummer).Select(doel =>
        {
            var a = opVan.GetValueOrDefault(doel.Nummer);
            var b = opTot.GetValueOrDefault(doel.Nummer);
            var waardeVan = a?.KpiWaarde ?? Cijfer.Shown(null);
            var waardeTot = b?.KpiWaarde ?? Cijfer.Shown(null);
            return new DoelWijziging(doel.Nummer, doel.Titel, doel.Kpi,
                waardeVan, waardeTot, DoelKpiBescherming.Verschil(waardeVan, waardeTot),
                a?.KpiStatus, b?.KpiStatus,
                a?.RapportStatus, b?.RapportStatus,
                [.. rapportenTask.Result.Where(r => r.Doel == doel.Nummer && r.Datum > vanDag && r.Datum <= totDag).OrderBy(r => r.Datum)]);
        });
        return TypedResults.Ok(new OogoWijzigingen(vanDag, totDag, [.. doelen]));
    }
}

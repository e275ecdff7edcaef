using Agenda.Api.Client;
using Microsoft.AspNetCore.Http.HttpResults;
using Agenda.Contracts.Grains;
using Ontwikkelagenda.Contracts.Values;

namespace Agenda.Api.Inkoop;

/// <summary>/v1/inkoop/vergelijking: the procurement comparison across municipalities and schools.</summary>
public static class InkoopApi
{
    public static IEndpointRouteBuilder MapInkoopApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/inkoop/vergelijking", Get)
            .WithTags("Inkoop")
            .WithName("GetInkoopVergelijking")
            .WithSummary("Aanbieders per gemeente en per school, de overlap tussen de vier gemeenten en de scholen boven de norm op een peildatum");
        return app;
    }

    private static async Task<Results<Ok<InkoopVergelijking>, ValidationProblem>> Get(
        string? peildatum, IClusterClient client, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!Peildatum.TryResolve(peildatum, time, out var datum, out var problem)) return problem;

        var register = client.GetGrain<IRegisterGrain>(0);
        var vergelijkingTask = client.GetGrain<IRegioGrain>(IRegioGrain.Key).GetInkoopVergelijking(datum);
        var gemeentenTask = register.GetGemeenten(datum);
        var scholenTask = register.GetScholen(datum);
        await Task.WhenAll(vergelijkingTask, gemeentenTask, scholenTask).WaitAsync(cancellationToken);
        var vergelijking = vergelijkingTask.Result;
        var gemeenteNamen = gemeentenTask.Result.ToDictionary(g => g.Code, g => g.Naam);
        var schoolNamen = scholenTask.Result.ToDictionary(s => s.Brin, s => s.Naam);
        var alle = RegioGemeenten.All.Count;

        return TypedResults.Ok(new InkoopVergelijking(
            vergelijking.Peildatum,
            vergelijking.NormPerSchool,
            [.. vergelijking.PerGemeente.OrderBy(g => g.Gemeente, StringComparer.Ordinal).Select(g => new GemeenteAanbieders(
                g.Gemeente, gemeenteNamen.GetValueOrDefault(g.Gemeente, g.Gemeente), g.Aanbieders.Count, [.. g.Aanbieders.OrderBy(a => a.Naam, StringComparer.CurrentCulture)]))],
            [.. vergelijking.PerSchool.OrderBy(s => s.Brin, StringComparer.Ordinal).Select(s => new SchoolAanbieders(
                s.Brin, schoolNamen.GetValueOrDefault(s.Brin, s.Brin), s.Gemeente, s.Aanbieders.Count, [.. s.Aanbieders.OrderBy(a => a.Naam, StringComparer.CurrentCulture)], s.BovenNorm))],
            [.. vergelijking.Overlap.OrderByDescending(o => o.Gemeenten.Count).ThenBy(o => o.Aanbieder.Naam, StringComparer.CurrentCulture).Select(o => new AanbiederOverlap(
                o.Aanbieder.AanbiederId, o.Aanbieder.Naam, [.. o.Gemeenten.Order(StringComparer.Ordinal)], o.Gemeenten.Count == alle, o.Gemeenten.Count == 1))],
            vergelijking.VoorAlleVier,
            vergelijking.VoorEen,
            vergelijking.PerSchool.Count(s => s.BovenNorm)));
    }
}

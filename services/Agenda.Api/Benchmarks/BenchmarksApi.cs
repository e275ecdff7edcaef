using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Agenda.Api.Client;
using Agenda.Contracts.Grains;
using Ontwikkelagenda.ServiceDefaults.NlApi;

namespace Agenda.Api.Benchmarks;

/// <summary>
/// /v1/benchmarks: the region's own jaartelling next to the Drenthe and NL figures, only for the same school
/// year and the same kind (domain.md: compare on the jaartelling only, per kind). The region's counts and rates are
/// figures about children: withheld at 1 to 4 (<see cref="Cijfer"/>).
/// </summary>
public static class BenchmarksApi
{
    public const string AbsoluutPerDuizend = "absoluut-verzuim-per-1000";
    public const string LangdurigRelatiefPerDuizend = "langdurig-relatief-verzuim-per-1000";

    public static IEndpointRouteBuilder MapBenchmarksApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/benchmarks", Get)
            .WithTags("Benchmarks")
            .WithName("GetBenchmarks")
            .WithSummary("De jaartelling van de regio naast de cijfers van Drenthe en Nederland van hetzelfde schooljaar en dezelfde soort");
        return app;
    }

    private static async Task<Results<Ok<BenchmarkVergelijking>, ValidationProblem>> Get(
        [Description("Schooljaar als JJJJ-JJJJ, bijvoorbeeld 2016-2017; standaard het laatste schooljaar met vergelijkingscijfers.")] string? schooljaar,
        IClusterClient client, TimeProvider time, CancellationToken cancellationToken)
    {
        var vandaag = time.Today();
        Schooljaar jaar = default;
        if (schooljaar is not null && !Schooljaar.TryParse(schooljaar, out jaar))
            return NlProblems.Validation("schooljaar", "Het schooljaar is JJJJ-JJJJ met opeenvolgende jaren, bijvoorbeeld 2016-2017.");
        if (schooljaar is not null && jaar.Eerste > vandaag)
            return NlProblems.Validation("schooljaar", $"Het schooljaar {jaar} is nog niet begonnen.");

        var benchmarks = await client.GetGrain<IRegisterGrain>(0).GetBenchmarks().WaitAsync(cancellationToken);
        if (schooljaar is null)
        {
            var laatste = benchmarks.Select(b => b.Schooljaar).Where(s => Schooljaar.TryParse(s, out var j) && j.Eerste <= vandaag).Order(StringComparer.Ordinal).LastOrDefault();
            if (laatste is null || !Schooljaar.TryParse(laatste, out jaar)) jaar = new Schooljaar(vandaag.Month >= 8 ? vandaag.Year : vandaag.Year - 1);
        }

        // Counted up to 31 July, or up to today while the year is running.
        var teltTot = jaar.Laatste < vandaag ? jaar.Laatste : vandaag;
        var regio = (await client.GetGrain<IRegioGrain>(IRegioGrain.Key).GetKpis(teltTot).WaitAsync(cancellationToken)).Jaartelling;

        var vanDitJaar = benchmarks.Where(b => b.Schooljaar == jaar.ToString()).ToList();
        var soorten = new[] { AbsoluutPerDuizend, LangdurigRelatiefPerDuizend }
            .Concat(vanDitJaar.Select(b => b.Soort).Distinct().Order(StringComparer.Ordinal))
            .Distinct();
        var regels = soorten.Select(soort =>
        {
            var vanSoort = vanDitJaar.Where(b => b.Soort == soort).ToList();
            decimal? Van(string gebied) => vanSoort.FirstOrDefault(b => b.Gebied == gebied)?.Waarde;
            var (aantal, waarde) = soort switch
            {
                AbsoluutPerDuizend => ((int?)regio.Absoluut, regio.AbsoluutPerDuizend),
                LangdurigRelatiefPerDuizend => (regio.LangdurigRelatief, regio.LangdurigRelatiefPerDuizend),
                _ => (null, null),
            };
            // The region's count: 1 to 4 is withheld for every caller (none has case rights for the whole region), and
            // so is its rate, whose denominator (young people of 5-17) is public.
            Cijfer? telling = aantal is { } n ? Cijfer.Count(n) : null;
            return new BenchmarkRegel(soort, telling, telling is { } t ? Cijfer.Rate(waarde, t) : Cijfer.Shown(null),
                Van("Drenthe"), Van("Nederland"), Van("Tynaarlo"), [.. vanSoort.Select(b => b.Bron).Distinct()]);
        });
        return TypedResults.Ok(new BenchmarkVergelijking(jaar.ToString(), teltTot, [.. regels]));
    }
}

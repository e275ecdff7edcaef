using Agenda.Domein.Feiten;
using Ontwikkelagenda.Contracts.Kpis;
using Ontwikkelagenda.Contracts.Values;

namespace Agenda.Domein.Kpis;

/// <summary>
/// The statistics' count of the school year (1 August - 31 July) holding the peildatum, up to the peildatum: cases
/// open on 1 August plus those starting from then on. A transferred case counts for every municipality it lived in
/// during that part of the year; the region counts it once.
/// </summary>
public static class JaartellingCalculator
{
    public static JaartellingCijfers Bereken(ScopeAfbakening scope, IEnumerable<ThuiszitterFeit> feiten, int? noemer, DateOnly peildatum)
    {
        var begin = Schooljaar.Begin(peildatum);
        var geteld = feiten.Where(z => z.Startdatum is { } start && start <= peildatum
                && (start >= begin || z.Einddatum is null || z.Einddatum > begin)
                && scope.ZaakTeltTussen(z, Max(start, begin), Min(peildatum, z.Einddatum?.AddDays(-1) ?? peildatum)))
            .ToList();
        var absoluut = geteld.Count(z => z.Soort == SoortVerzuim.Absoluut);
        var langdurig = geteld.Count(z => z.Soort == SoortVerzuim.LangdurigRelatief);
        return new JaartellingCijfers(Schooljaar.Van(peildatum), geteld.Count, absoluut, langdurig,
            PerDuizend(geteld.Count, noemer), PerDuizend(absoluut, noemer), PerDuizend(langdurig, noemer));
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static decimal? PerDuizend(int aantal, int? noemer) =>
        noemer is > 0 ? ThuiszitterKpiCalculator.Rond(aantal * 1000m / noemer.Value) : null;
}

using Ontwikkelagenda.Contracts.Kpis;
using Ontwikkelagenda.Contracts.Values;

namespace Agenda.Domein.Kpis;

/// <summary>The Thuiszitterspact KPIs exactly as domain.md defines them; pure, so every rule has a unit test.</summary>
public static class ThuiszitterKpiCalculator
{
    /// <summary>"Korter dan vier weken": open and <c>startdatum + 28 days &gt; peildatum</c>.</summary>
    public const int VierWekenInDagen = 28;

    /// <param name="soort">Only the cases of this kind (the figures per kind); all cases when null.</param>
    public static ThuiszitterCijfers Calculate(IEnumerable<ThuiszitterZaak> zaken, DateOnly peildatum, int? noemer, SoortVerzuim? soort = null)
    {
        var bekend = zaken
            .Where(z => z.Startdatum is not null && (soort is null || z.Soort == soort))
            .Select(z => (Start: z.Startdatum!.Value, Eind: z.Einddatum, z.Uitkomst))
            .ToList();

        var open = bekend.Where(z => z.Start <= peildatum && (z.Eind is null || z.Eind > peildatum)).ToList();
        // AddMonths clamps to the month's end: 31 January + 3 months is 30 April, longer from 1 May.
        var langerDanDrieMaanden = open.Count(z => z.Start.AddMonths(3) < peildatum);
        // Four weeks are 28 calendar days: a case started 28 days before the peildatum is no longer under four weeks.
        var korterDanVierWeken = open.Count(z => z.Start.AddDays(VierWekenInDagen) > peildatum);

        var gesloten = bekend.Where(z => z.Eind <= peildatum).ToList();
        // An exemption ends a case but solves nothing: it stays in the denominator and never counts as solved.
        var binnenDrieMaanden = gesloten.Count(z => z.Uitkomst != Uitkomst.Vrijstelling && z.Eind <= z.Start.AddMonths(3));

        return new ThuiszitterCijfers(
            Open: open.Count,
            LangerDanDrieMaanden: langerDanDrieMaanden,
            PerDuizend: noemer is > 0 ? Rond(open.Count * 1000m / noemer.Value) : null,
            BinnenDrieMaandenOpgelost: Aandeel(binnenDrieMaanden, gesloten.Count),
            Afgesloten: gesloten.Count,
            AfgeslotenMetVrijstelling: Aandeel(gesloten.Count(z => z.Uitkomst == Uitkomst.Vrijstelling), gesloten.Count),
            KorterDanVierWeken: korterDanVierWeken);
    }

    private static decimal? Aandeel(int deel, int geheel) => geheel == 0 ? null : Rond(deel * 100m / geheel);

    /// <summary>
    /// One decimal, half away from zero (0.85 gives 0.9), as domain.md prescribes. Adding 0.0m gives
    /// whole numbers a decimal too, so every figure reads the same (100.0, not 100) in JSON.
    /// </summary>
    public static decimal Rond(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero) + 0.0m;
}

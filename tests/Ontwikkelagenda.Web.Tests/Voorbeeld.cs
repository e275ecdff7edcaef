using Agenda.Api.Client;
using Ontwikkelagenda.Contracts.Kpis;

namespace Ontwikkelagenda.Web.Tests;

/// <summary>Regional overviews (exact, as the grains hold them) to test with; rates follow from the counts with fixed, public denominators.</summary>
internal static class Voorbeeld
{
    public static readonly DateOnly Peildatum = new(2026, 1, 15);

    public static readonly (string Code, string Naam, int Jongeren)[] Gemeenten =
    [
        ("GM1680", "Aa en Hunze", 4_200),
        ("GM0106", "Assen", 11_600),
        ("GM1731", "Midden-Drenthe", 5_300),
        ("GM1730", "Tynaarlo", 5_270),
    ];

    public static int RegioJongeren => Gemeenten.Sum(g => g.Jongeren);

    /// <summary>An overview whose region figures are the sums of the given municipality counts.</summary>
    public static RuwOverzicht Overzicht(int[] open, int[] langer, decimal?[]? opgelost = null)
    {
        var gemeenten = Gemeenten
            .Select((g, i) => Gemeente(g.Code, g.Naam, Cijfers(open[i], langer[i], g.Jongeren, opgelost?[i] ?? 90.9m)))
            .ToList();
        var thuiszitters = Cijfers(open.Sum(), langer.Sum(), RegioJongeren, 90.9m);
        var regio = new ScopeCijfers(thuiszitters, thuiszitters, thuiszitters, Jaartelling, Inkoop, Eed, Regie, Trajecten, []);
        var swvs = new List<RuwGebied>
        {
            Swv("PO2201", "SWV PO 22.01", Cijfers(8, 1, 12_500, 88.9m)),
            Swv("VO2201", "SWV VO 22.01", Cijfers(12, 0, 7_500, 80.4m)),
        };
        return new RuwOverzicht(Peildatum, gemeenten, swvs, regio);
    }

    /// <summary>Aa en Hunze 3 (small), Assen 14, Midden-Drenthe 6, Tynaarlo 0; at the peildatum asked for, as the API answers.</summary>
    public static RuwOverzicht Gewoon(DateOnly? peildatum = null) =>
        Overzicht([3, 14, 6, 0], [0, 2, 0, 0]) with { Peildatum = peildatum ?? Peildatum };

    /// <param name="afgesloten">Closed cases the percentage rests on; 11 fits the usual 90.9% (10 of 11), 0 when none closed.</param>
    public static ThuiszitterCijfers Cijfers(int open, int langer, int noemer, decimal? opgelost, int? afgesloten = null) =>
        new(open, langer, Math.Round(open * 1000m / noemer, 1, MidpointRounding.AwayFromZero), opgelost,
            Afgesloten: afgesloten ?? (opgelost is null ? 0 : 11));

    // The other KPI families: the page shows thuiszitters only, so their values do not matter here.
    private static readonly JaartellingCijfers Jaartelling = new("2025-2026", 0, 0, 0, 0m, 0m, 0m);
    private static readonly InkoopCijfers Inkoop = new(null, null, 6, 0, 0, null);
    private static readonly EedCijfers Eed = new(0, 0, null, null, 0, 0, 0, null);
    private static readonly RegieCijfers Regie = new(0, 0, null, 0);
    private static readonly TrajectCijfers Trajecten = new(0, 0, 0, null);

    private static RuwGebied Gemeente(string code, string naam, ThuiszitterCijfers cijfers) =>
        new(code, naam, cijfers, Jaartelling, Inkoop, Eed, Regie, Trajecten, []);

    private static RuwGebied Swv(string code, string naam, ThuiszitterCijfers cijfers) =>
        new(code, naam, cijfers, Jaartelling, Inkoop, Eed, Regie, Trajecten, []);
}

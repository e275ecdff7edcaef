extern alias AgendaApi;

using Agenda.Api.Client;
using AgendaApi::Agenda.Api.Privacy;
using Ontwikkelagenda.Contracts.Kpis;
using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.Web.Tests;

/// <summary>Detail figures of a municipality, SWV or school to test with, as Agenda.Api gives them to a caller without case rights.</summary>
internal static class Detail
{
    public static readonly DateOnly Peildatum = new(2026, 11, 25);

    public static ThuiszitterCijfers Cijfers(int open, int langer, int noemer, int afgesloten = 0) =>
        new(open, langer, Math.Round(open * 1000m / noemer, 1, MidpointRounding.AwayFromZero), afgesloten == 0 ? null : 90.0m, afgesloten);

    public static readonly JaartellingCijfers Jaartelling = new("2026-2027", 13, 3, 10, 2.5m, 0.6m, 1.9m);
    public static readonly InkoopCijfers Inkoop = new(14, null, 6, 20, 2, 9);
    public static readonly EedCijfers Eed = new(25, 24, 96.0m, 97.1m, 12, 9, 3, 41m);
    public static readonly RegieCijfers Regie = new(8, 6, 75.0m, 2);
    public static readonly TrajectCijfers Trajecten = new(30, 20, 10, 66.7m);

    public static readonly IReadOnlyList<DoelStand> Doelen =
    [
        new(1, "Bestuurlijke afstemming", null, null, null, null, DoelStatus.OpKoers, new DateOnly(2026, 10, 1)),
        new(5, "Thuiszitterspact", "thuiszitters.langerDanDrieMaanden", 2, 0, DoelStatus.AandachtNodig, DoelStatus.Achter, new DateOnly(2026, 11, 2)),
        new(6, "Dekkend EED-aanbod", "eed.dekking", 96.0m, 100, DoelStatus.OpKoers, null, null),
    ];

    /// <summary>Tynaarlo: 3 absoluut (small) and 10 langdurig relatief, 2 of them longer than three months.</summary>
    public static GemeenteDetail Gemeente(string code = "GM1730", string naam = "Tynaarlo") =>
        new(code, naam, 5_270, "2026-2027", Beschermd(new(
            Cijfers(13, 2, 5_270, afgesloten: 11), Cijfers(3, 0, 5_270), Cijfers(10, 2, 5_270, afgesloten: 11),
            Jaartelling, Inkoop, Eed, Regie, Trajecten, Doelen)));

    public static SwvDetail Swv(string code = "PO2201", string naam = "SWV PO 22.01") =>
        new(code, naam, "po", Beschermd(new(
            Cijfers(8, 0, 12_500), Cijfers(0, 0, 12_500), Cijfers(8, 0, 12_500),
            Jaartelling, Inkoop with { AanbiedersOnderContract = null }, Eed, Regie, Trajecten, Doelen)));

    /// <summary>A school with 2 open cases, 1 complex case and 3 trajectories: every count about its pupils is small.</summary>
    /// <param name="open">Open langdurig relatief cases (the school's only kind here).</param>
    public static SchoolDetail School(string brin = "19SL", string naam = "OBS De Regenboog (Kloosterveen)", int open = 2) =>
        new(brin, naam, "BAO", "GM0106", "PO2201", 240, Beschermd(new(
            Cijfers(open, 0, 240), Cijfers(0, 0, 240), Cijfers(open, 0, 240),
            new JaartellingCijfers("2026-2027", 2, 0, 2, 8.3m, 0m, 8.3m),
            new InkoopCijfers(null, 2, 6, 1, 0, 2),
            new EedCijfers(1, 1, 100m, 100m, 1, 1, 0, 30m),
            new RegieCijfers(1, 1, 100m, 0),
            new TrajectCijfers(3, 2, 1, 66.7m),
            Doelen)));

    public static IReadOnlyList<SchoolInfo> Scholen =>
    [
        new("19SL", "OBS De Regenboog (Kloosterveen)", "BAO", "GM0106", "PO2201", 240),
        new("90BD", "OBS De Regenboog (Beilen)", "BAO", "GM1731", "PO2201", 180),
        new("41UH", "Dr. Nassau College, locatie Quintus", "VO", "GM0106", "VO2201", 900),
    ];

    public static IReadOnlyList<GemeenteInfo> Gemeenten =>
    [
        new("GM1680", "Aa en Hunze", 4_200, "2026-2027"),
        new("GM0106", "Assen", 11_600, "2026-2027"),
        new("GM1731", "Midden-Drenthe", 5_300, "2026-2027"),
        new("GM1730", "Tynaarlo", 5_270, "2026-2027"),
    ];

    public static IReadOnlyList<SwvInfo> Samenwerkingsverbanden => [new("PO2201", "SWV PO 22.01", "po"), new("VO2201", "SWV VO 22.01", "vo")];

    /// <summary>Protected figures with the given longer-than-three-months total and goals.</summary>
    public static BeschermdeDetail Apply(int langer = 0, IReadOnlyList<DoelStand>? doelen = null, InkoopCijfers? inkoop = null) =>
        Beschermd(new(
            Cijfers(10, langer, 5_000), Cijfers(0, 0, 5_000), Cijfers(10, langer, 5_000),
            Jaartelling, inkoop ?? Inkoop, Eed, Regie, Trajecten, doelen ?? Doelen));

    private static BeschermdeDetail Beschermd(ScopeCijfers cijfers) => DetailBescherming.Van(Peildatum, cijfers, exact: false);
}

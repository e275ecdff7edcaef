using Agenda.Api.Client;
using Ontwikkelagenda.Contracts.Kpis;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.Contracts.Agenda;

namespace Ontwikkelagenda.Web.Tests;

/// <summary>The agenda's goals and overviews that carry them, to test the goal table with.</summary>
internal static class DoelVoorbeeld
{
    public static readonly Statusgrenzen ThuiszittersGrenzen = new(StatusRichting.LagerIsBeter, 0, 2);

    public static readonly IReadOnlyList<Doel> Doelen =
    [
        Doel(1, "Bestuurlijke afstemming", null, null, null),
        Doel(2, "Lichte hulp eerst", "trajecten.aandeelLicht", 60, new(StatusRichting.HogerIsBeter, 60, 45)),
        Doel(3, "Inkoop afgestemd op onderwijs", "inkoop.scholenBovenNorm", 0, new(StatusRichting.LagerIsBeter, 0, 3)),
        Doel(4, "Eén kind, één plan, één regisseur", "regie.aandeelMetCasusregisseur", 100, new(StatusRichting.HogerIsBeter, 95, 80)),
        Doel(5, "Thuiszitterspact", "thuiszitters.langerDanDrieMaanden", 0, ThuiszittersGrenzen),
        Doel(6, "Dekkend EED-aanbod", "eed.dekking", 100, new(StatusRichting.HogerIsBeter, 95, 85)),
    ];

    public static AgendaDoelen Agenda(DateOnly? peildatum = null) =>
        new(peildatum ?? Voorbeeld.Peildatum, "2025-2027", new DateOnly(2025, 8, 1), 6, Doelen);

    /// <summary>
    /// Voorbeeld's overview with the goals filled in: goal 5 follows the longer-than-three-months counts; goal 4's
    /// share rests on <paramref name="regieBasis"/> open complex cases per municipality; goal 6 is 96.5% coverage.
    /// </summary>
    public static RuwOverzicht Overzicht(int[] open, int[] langer, int[]? regieBasis = null, decimal[]? aandeelRegie = null)
    {
        var basis = Voorbeeld.Overzicht(open, langer);
        regieBasis ??= [10, 10, 10, 10];
        aandeelRegie ??= [100m, 90m, 70m, 100m];
        var gemeenten = basis.Gemeenten.Select((g, i) => g with
        {
            Regie = new RegieCijfers(regieBasis[i], regieBasis[i], aandeelRegie[i], 0),
            Trajecten = new TrajectCijfers(20, 12, 8, 60.0m),
            Doelen = Standen(langer[i], aandeelRegie[i], 96.5m),
        }).ToList();
        var regioLanger = langer.Sum();
        var regio = basis.Regio with
        {
            Regie = new RegieCijfers(regieBasis.Sum(), regieBasis.Sum(), 90.0m, 0),
            Trajecten = new TrajectCijfers(80, 48, 32, 60.0m),
            Doelen = Standen(regioLanger, 90.0m, 96.5m),
        };
        return basis with { Gemeenten = gemeenten, Regio = regio };
    }

    public static IReadOnlyList<DoelStand> Standen(int langer, decimal aandeelRegie, decimal dekking) =>
    [
        new(1, "Bestuurlijke afstemming", null, null, null, null, DoelStatus.AandachtNodig, new DateOnly(2026, 1, 10)),
        new(2, "Lichte hulp eerst", "trajecten.aandeelLicht", 60.0m, 60, DoelStatus.OpKoers, null, null),
        new(3, "Inkoop afgestemd op onderwijs", "inkoop.scholenBovenNorm", 1, 0, DoelStatus.AandachtNodig, null, null),
        new(4, "Eén kind, één plan, één regisseur", "regie.aandeelMetCasusregisseur", aandeelRegie, 100,
            Status(aandeelRegie, Doelen[3].Grenzen!), null, null),
        new(5, "Thuiszitterspact", "thuiszitters.langerDanDrieMaanden", langer, 0, Status(langer, ThuiszittersGrenzen), null, null),
        new(6, "Dekkend EED-aanbod", "eed.dekking", dekking, 100, DoelStatus.OpKoers, null, null),
    ];

    public static DoelStatus Status(decimal waarde, Statusgrenzen grenzen) => Web.Privacy.StatusWeergaven.Status(waarde, grenzen);

    /// <summary>As Agenda.Api answers: <paramref name="langdurigRelatief"/> is the region's count and rate of that kind (12 and 0,5 by default).</summary>
    public static BenchmarkVergelijking Benchmarks((Cijfer Aantal, Cijfer PerDuizend)? langdurigRelatief = null)
    {
        var (aantal, perDuizend) = langdurigRelatief ?? (Cijfer.Shown(12), Cijfer.Shown(0.5m));
        return new("2016-2017", new DateOnly(2017, 7, 31),
        [
            new BenchmarkRegel("absoluut-verzuim-per-1000", Cijfer.Shown(0), Cijfer.Shown(0.0m), 0.6m, 1.8m, 0.2m, ["rapport"]),
            new BenchmarkRegel("langdurig-relatief-verzuim-per-1000", aantal, perDuizend, 1.6m, 1.6m, 0.8m, ["rapport"]),
        ]);
    }

    private static Doel Doel(int nummer, string titel, string? kpi, decimal? streef, Statusgrenzen? grenzen) =>
        new(nummer, titel, titel, [], kpi, streef, grenzen, new BeschermdeDoelStand(nummer, titel, kpi, Cijfer.Shown(null), streef, null, null, null));
}

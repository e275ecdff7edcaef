using Agenda.Domein.Data;
using Agenda.Domein.Feiten;
using Agenda.Domein.Kpis;
using Agenda.Domein.Referentie;
using Ontwikkelagenda.Contracts.Agenda;
using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Kpis;
using Ontwikkelagenda.Contracts.Register;

namespace Agenda.Domein.Tests;

/// <summary>
/// A small register for the tests: the four municipalities (Tynaarlo 5,270 young people in 2025-2026, 5,000 in
/// 2024-2025), five schools, and an agenda 2025-2027 with a norm of 2 providers per school and the six goals.
/// </summary>
public static class TestRegister
{
    public const string Tynaarlo = "GM1730", Assen = "GM0106", AaEnHunze = "GM1680", MiddenDrenthe = "GM1731";

    /// <summary>BAO Tynaarlo 300 pupils, SBO Tynaarlo 100, VO Tynaarlo 500, BAO Assen 200, SO Assen 100 (2025-2026).</summary>
    public const string BaoTynaarlo = "11AA", SboTynaarlo = "22BB", VoTynaarlo = "33CC", BaoAssen = "44DD", SoAssen = "55EE";

    public static Referentiedata Register { get; } = new(new ReferentiedataBestand(
        "test-1", "testdata",
        [new(AaEnHunze, "Aa en Hunze"), new(Assen, "Assen"), new(MiddenDrenthe, "Midden-Drenthe"), new(Tynaarlo, "Tynaarlo")],
        [new Samenwerkingsverband("PO2201", "SWV PO 22.01", "PO"), new Samenwerkingsverband("VO2201", "SWV VO 22.01", "VO")],
        [
            new(BaoTynaarlo, "OBS Test", SchoolSoort.Bao, Tynaarlo, "PO2201"),
            new(SboTynaarlo, "SBO Test", SchoolSoort.Sbo, Tynaarlo, "PO2201"),
            new(VoTynaarlo, "VO Test", SchoolSoort.Vo, Tynaarlo, "VO2201"),
            new(BaoAssen, "CBS Test", SchoolSoort.Bao, Assen, "PO2201"),
            new(SoAssen, "SO Test", SchoolSoort.So, Assen, "PO2201"),
        ],
        [
            new("2024-2025", "test", new Dictionary<string, int> { [Tynaarlo] = 5000, [Assen] = 9000, [AaEnHunze] = 2000, [MiddenDrenthe] = 3000 },
                new Dictionary<string, int> { [BaoTynaarlo] = 280, [SboTynaarlo] = 100, [VoTynaarlo] = 500, [BaoAssen] = 200, [SoAssen] = 100 }),
            new("2025-2026", "test", new Dictionary<string, int> { [Tynaarlo] = 5270, [Assen] = 10000, [AaEnHunze] = 2000, [MiddenDrenthe] = 3000 },
                new Dictionary<string, int> { [BaoTynaarlo] = 300, [SboTynaarlo] = 100, [VoTynaarlo] = 500, [BaoAssen] = 200, [SoAssen] = 100 }),
        ]));

    public static AgendaVersie Agenda2025 { get; } = new("2025-2027", Maak.D("2025-08-01"), 2,
    [
        new(1, "Bestuurlijke afstemming", "", [], null, null, null),
        new(2, "Lichte hulp eerst", "", [], "trajecten.aandeelLicht", 60, new Statusgrenzen(StatusRichting.HogerIsBeter, 60, 45)),
        new(3, "Inkoop afgestemd op onderwijs", "", [], "inkoop.scholenBovenNorm", 0, new Statusgrenzen(StatusRichting.LagerIsBeter, 0, 3)),
        new(4, "Eén kind, één plan, één regisseur", "", [], "regie.aandeelMetCasusregisseur", 100, new Statusgrenzen(StatusRichting.HogerIsBeter, 95, 80)),
        new(5, "Thuiszitterspact", "", [], "thuiszitters.langerDanDrieMaanden", 0, new Statusgrenzen(StatusRichting.LagerIsBeter, 0, 2)),
        new(6, "Dekkend EED-aanbod", "", [], "eed.dekking", 100, new Statusgrenzen(StatusRichting.HogerIsBeter, 95, 85)),
    ]);

    public static AgendaVersie Agenda2016 { get; } = new("2016-2018", Maak.D("2016-08-01"), 6,
        [new(5, "Thuiszitterspact", "", [], "thuiszitters.langerDanDrieMaanden", 0, new Statusgrenzen(StatusRichting.LagerIsBeter, 0, 2))]);

    public static DomeinData Data { get; } = new(Register, [Agenda2016, Agenda2025], [], [], []);

    public static ScopeFeiten FeitenVan(params IAgendaEvent[] events)
    {
        var feiten = new ScopeFeiten();
        foreach (var e in events) feiten.Apply(e);
        return feiten;
    }

    public static ScopeCijfers KpisVan(Scope scope, string peildatum, params IAgendaEvent[] events)
    {
        var feiten = FeitenVan(events);
        return ScopeKpiCalculator.Bereken(scope, feiten, Data, feiten.Voortgangsrapporten, Maak.D(peildatum));
    }
}

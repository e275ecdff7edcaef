using Agenda.Api.Client;
using Ontwikkelagenda.Contracts.Kpis;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.Contracts.Agenda;

namespace Ontwikkelagenda.Web.Tests;

/// <summary>An agenda of six goals shaped like data/agenda.json's 2025-2027 version, with reports and OOGO meetings.</summary>
internal static class AgendaVoorbeeld
{
    public const string Thuiszitters = "thuiszitters.langerDanDrieMaanden";

    public static readonly string[] Eigenaren = ["SWV PO 22.01", "SWV VO 22.01", "Gemeenten NMD (Aa en Hunze, Assen, Midden-Drenthe, Tynaarlo)"];

    public static IReadOnlyList<OogoOverleg> Overleggen { get; } =
    [
        new(new(2026, 3, 12), "OOGO voorjaar"),
        new(new(2026, 6, 18), "OOGO zomer"),
        new(new(2026, 10, 8), "OOGO najaar"),
        new(new(2027, 2, 11), "OOGO voorjaar 2027"),
    ];

    public static AgendaDoelen Doelen(DateOnly? peildatum, decimal thuiszittersLanger = 3) => new(
        peildatum ?? new DateOnly(2026, 1, 15), "2025-2027", new(2025, 8, 1), 6,
        [
            Doel(1, "Bestuurlijke afstemming", null, null, null, DoelStatus.OpKoers),
            Doel(2, "Lichte hulp eerst", "trajecten.aandeelLicht", 60, 56.1m, DoelStatus.AandachtNodig),
            Doel(3, "Inkoop afgestemd op onderwijs", "inkoop.scholenBovenNorm", 0, 3, DoelStatus.AandachtNodig),
            Doel(4, "Eén kind, één plan, één regisseur", "regie.aandeelMetCasusregisseur", 100, 80, DoelStatus.AandachtNodig),
            Doel(5, "Thuiszitterspact", Thuiszitters, 0, thuiszittersLanger, DoelStatus.Achter),
            Doel(6, "Dekkend EED-aanbod", "eed.dekking", 100, 96.4m, DoelStatus.OpKoers),
        ]);

    public static DoelHistorie Historie(int nummer, DateOnly? van, DateOnly? tot, IReadOnlyList<Voortgangsrapport>? rapporten = null)
    {
        var doel = Doelen(tot).Doelen.Single(d => d.Nummer == nummer);
        var eind = tot ?? new DateOnly(2026, 1, 15);
        var metingen = doel.Kpi is null
            ? []
            : Enumerable.Range(0, 4).Select(i => Meting(MaandEinde(eind.AddMonths(i - 4)), doel.Kpi, Waarde(nummer, i))).ToList();
        return new DoelHistorie(nummer, doel.Titel, doel.Kpi, "regio", "22.01", van ?? eind.AddMonths(-12), eind,
            rapporten ?? [Rapport(nummer, new(2025, 11, 20), "Eerste rapportage"), Rapport(nummer, new(2026, 1, 8), "Tweede rapportage")],
            metingen);
    }

    public static Voortgangsrapport Rapport(int doel, DateOnly datum, string toelichting, DoelStatus status = DoelStatus.OpKoers,
        Guid? gecorrigeerdDoor = null, bool ingetrokken = false) =>
        new(Guid.NewGuid(), Guid.NewGuid(), doel, status, toelichting, datum, "SWV PO 22.01", "A. de Vries (fictief)", "beleidsmedewerker",
            gecorrigeerdDoor, ingetrokken);

    public static OogoWijzigingen Wijzigingen(DateOnly? van, DateOnly? tot) => new(
        van ?? new(2026, 6, 18), tot ?? new(2026, 10, 8),
        [
            new(2, "Lichte hulp eerst", "trajecten.aandeelLicht", Cijfer.Shown(52m), Cijfer.Shown(56.1m), Cijfer.Shown(4.1m), DoelStatus.AandachtNodig, DoelStatus.AandachtNodig,
                DoelStatus.OpKoers, DoelStatus.OpKoers, [Rapport(2, new(2026, 9, 1), "Meer lichte hulp")]),
            // Goal 5 went from 0 to 3: Agenda.Api withholds the 3, its status and the difference.
            new(5, "Thuiszitterspact", Thuiszitters, Cijfer.Shown(0m), Cijfer.Withheld(Onderdrukking.SmallNumber),
                Cijfer.Withheld(Onderdrukking.RevealsCount), DoelStatus.OpKoers, null, DoelStatus.OpKoers, DoelStatus.OpKoers, []),
        ]);

    // Goal 5's months: 0, 2 (withheld), 6, 0.
    private static decimal Waarde(int nummer, int maand) => nummer == 5 ? new[] { 0m, 2m, 6m, 0m }[maand] : 50m + maand;

    /// <summary>A month end as Agenda.Api gives it to a caller without case rights: a count of 1 to 4 withheld, with its status.</summary>
    private static KpiMeting Meting(DateOnly datum, string? kpi, decimal waarde)
    {
        var cijfer = Gegeven(kpi, waarde);
        return new KpiMeting(datum, cijfer, cijfer.IsShown ? DoelStatus.OpKoers : null);
    }

    private static Cijfer Gegeven(string? kpi, decimal? waarde) =>
        kpi == Thuiszitters && waarde is { } aantal ? Cijfer.Count((int)aantal) : Cijfer.Shown(waarde);

    private static DateOnly MaandEinde(DateOnly dag) => new DateOnly(dag.Year, dag.Month, 1).AddMonths(1).AddDays(-1);

    private static Doel Doel(int nummer, string titel, string? kpi, decimal? streef, decimal? waarde, DoelStatus status) =>
        new(nummer, titel, $"Omschrijving van doel {nummer}.", Eigenaren, kpi, streef, null,
            Stand(nummer, titel, kpi, streef, kpi is null ? Cijfer.Shown(null) : Gegeven(kpi, waarde), status));

    private static BeschermdeDoelStand Stand(int nummer, string titel, string? kpi, decimal? streef, Cijfer waarde, DoelStatus status) =>
        new(nummer, titel, kpi, waarde, streef, kpi is not null && waarde.IsShown ? status : null, DoelStatus.OpKoers, new(2026, 1, 8));
}

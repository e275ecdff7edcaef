using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.UnitTests.EventVersions;

/// <summary>
/// What each <c>&lt;Type&gt;.v1.json</c> beside this file holds, as today's records: the payloads were written by
/// today's code and must keep reading to these values. Change a payload file never; add a new version beside it.
/// </summary>
public static class StoredEventsV1
{
    private static readonly DateTimeOffset Tijdstip = new(2026, 3, 2, 9, 30, 0, TimeSpan.FromHours(1));
    private static readonly DateOnly Dag = new(2026, 2, 16);
    private static readonly Brin School = Brin.Parse("19SL");
    private const string Organisatie = "Gemeente Assen";

    private static Guid Id(int n) => new($"00000000-0000-4000-8000-{n:D12}");

    public static IReadOnlyDictionary<string, IAgendaEvent> PerType { get; } = new IAgendaEvent[]
    {
        new ThuiszitterGemeld(Id(1), Tijdstip, "Leerplicht Assen", Id(101), "LP-2026-001", RegioGemeenten.Assen, School,
            SoortVerzuim.LangdurigRelatief, Dag) { Corrigeert = Id(201) },
        new ThuiszitterBeeindigd(Id(2), Tijdstip, "Leerplicht Assen", Id(101), RegioGemeenten.Assen, null, Dag.AddDays(40),
            Uitkomst.TerugNaarSchool),
        new ThuiszitterOvergedragen(Id(3), Tijdstip, "Leerplicht Tynaarlo", Id(101), RegioGemeenten.Assen, RegioGemeenten.Tynaarlo,
            School, Dag.AddDays(10)),
        new ThuiszitterTermijnOverschreden(Id(4), Tijdstip, "Termijnbewaking", Id(101), RegioGemeenten.Assen, School, Dag,
            Dag.AddMonths(3).AddDays(1)),
        new AanbiederGeregistreerd(Id(5), Tijdstip, Organisatie, Id(105), "Zorgaanbieder Drenthe", "12345678"),
        new ContractGesloten(Id(6), Tijdstip, Organisatie, Id(106), Id(105), "Zorgaanbieder Drenthe", Contractant.Subregio,
            ContractSoort.Eed, "dyslexiezorg", ZorgKader.Jeugdwet, Dag, Dag.AddYears(1), new Bediening(false, [School])),
        new ContractBeeindigd(Id(7), Tijdstip, Organisatie, Id(106), Dag.AddMonths(6)) { Corrigeert = Id(207) },
        new TrajectGestart(Id(8), Tijdstip, "Zorgaanbieder Drenthe", Id(108), School, Id(105), "Zorgaanbieder Drenthe",
            Zwaarte.Zwaar, ZorgKader.Wmo, Dag),
        new TrajectBeeindigd(Id(9), Tijdstip, "Zorgaanbieder Drenthe", Id(108), Dag.AddMonths(2)),
        new EedVerwijzingGemeld(Id(10), Tijdstip, "SWV PO 22.01", Id(110), "EED-2026-7", School, Dag),
        new EedBehandelingGestart(Id(11), Tijdstip, "Zorgaanbieder Drenthe", Id(110), Dag.AddDays(21)),
        new ComplexeCasusGemeld(Id(12), Tijdstip, "SWV PO 22.01", Id(112), "CC-2026-3", RegioGemeenten.Assen, School, Dag, Id(101),
            new Casusregisseur("jeugdconsulent", "Gemeente Assen")),
        new CasusregisseurToegewezen(Id(13), Tijdstip, Organisatie, Id(112), new Casusregisseur("ambulant begeleider", "SWV PO 22.01"),
            Dag.AddDays(3)),
        new ComplexeCasusAfgesloten(Id(14), Tijdstip, Organisatie, Id(112), Dag.AddMonths(4)),
        new VoortgangGerapporteerd(Id(15), Tijdstip, "Gemeente Assen", Id(115), 3, DoelStatus.Achter, "Wachtlijst loopt op.", Dag,
            "Gemeente Assen", "A. de Vries", "beleidsadviseur"),
        new MeldingIngetrokken(Id(16), Tijdstip, "Leerplicht Assen", Id(101), Id(1), "Dubbel gemeld"),
    }.ToDictionary(e => e.GetType().Name);
}

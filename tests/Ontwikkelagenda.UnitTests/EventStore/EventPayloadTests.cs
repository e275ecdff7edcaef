using Agenda.Silo.EventStore;
using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.UnitTests.EventStore;

public class EventPayloadTests
{
    private static readonly DateTimeOffset Nu = new(2025, 6, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_report_with_a_school_survives_the_round_trip_through_the_payload()
    {
        var gemeld = new ThuiszitterGemeld(Guid.NewGuid(), Nu, "Leerplicht Assen", Guid.NewGuid(), "LP-1", RegioGemeenten.Assen,
            Brin.Parse("12AB"), SoortVerzuim.LangdurigRelatief, new DateOnly(2025, 1, 31));

        var payload = EventPayload.Serialize(gemeld);

        Assert.Equal(nameof(ThuiszitterGemeld), EventPayload.TypeOf(gemeld));
        Assert.Equal(gemeld, EventPayload.Deserialize(EventPayload.TypeOf(gemeld), payload));
        Assert.Contains("\"brin\":\"12AB\"", payload);
        Assert.Contains("\"soortVerzuim\":\"langdurig-relatief\"", payload);
    }

    [Fact]
    public void A_report_without_a_school_keeps_its_missing_BRIN()
    {
        var gemeld = new ThuiszitterGemeld(Guid.NewGuid(), Nu, "Leerplicht Assen", Guid.NewGuid(), "LP-2", RegioGemeenten.Assen,
            null, SoortVerzuim.Absoluut, new DateOnly(2025, 1, 31));

        var terug = (ThuiszitterGemeld)EventPayload.Deserialize(nameof(ThuiszitterGemeld), EventPayload.Serialize(gemeld));

        Assert.Null(terug.Brin);
        Assert.Equal(gemeld, terug);
    }

    [Fact]
    public void A_correction_keeps_the_id_of_the_melding_it_corrects()
    {
        var gecorrigeerd = Guid.NewGuid();
        var beeindigd = new ThuiszitterBeeindigd(Guid.NewGuid(), Nu, "Leerplicht Assen", Guid.NewGuid(), RegioGemeenten.Assen,
            Brin.Parse("12AB"), new DateOnly(2025, 4, 30), Uitkomst.Vrijstelling) { Corrigeert = gecorrigeerd };

        var terug = (ThuiszitterBeeindigd)EventPayload.Deserialize(EventPayload.TypeOf(beeindigd), EventPayload.Serialize(beeindigd));

        Assert.Equal(beeindigd, terug);
        Assert.Equal(gecorrigeerd, terug.Corrigeert);
    }

    [Theory]
    [MemberData(nameof(EenVanElkeSoort))]
    public void Every_kind_of_event_survives_the_round_trip_through_the_payload(IAgendaEvent agendaEvent)
    {
        var payload = EventPayload.Serialize(agendaEvent);

        var terug = EventPayload.Deserialize(EventPayload.TypeOf(agendaEvent), payload);

        // Records holding lists compare lists by reference: compare what is stored instead.
        Assert.IsType(agendaEvent.GetType(), terug);
        Assert.Equal(payload, EventPayload.Serialize(terug));
    }

    [Fact]
    public void Every_event_type_of_the_contracts_is_known_by_name_and_has_an_example_here()
    {
        var voorbeelden = EenVanElkeSoort.Select(row => row.Data.GetType().Name).Order();

        Assert.Equal(EventPayload.Types.Keys.Order(), voorbeelden);
        Assert.Equal(16, EventPayload.Types.Count);
    }

    [Fact]
    public void An_unknown_event_type_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => EventPayload.Deserialize("Onbekend", "{}"));
    }

    public static TheoryData<IAgendaEvent> EenVanElkeSoort
    {
        get
        {
            var id = Guid.NewGuid();
            var dag = new DateOnly(2025, 3, 1);
            const string org = "Test";
            var brin = Brin.Parse("19SL");
            return
            [
                new ThuiszitterGemeld(id, Nu, org, id, "LP-3", RegioGemeenten.Tynaarlo, brin, SoortVerzuim.Absoluut, dag),
                new ThuiszitterBeeindigd(id, Nu, org, id, RegioGemeenten.Tynaarlo, null, dag, Uitkomst.Vrijstelling),
                new ThuiszitterOvergedragen(id, Nu, org, id, RegioGemeenten.Tynaarlo, RegioGemeenten.Assen, brin, dag) { Corrigeert = id },
                new ThuiszitterTermijnOverschreden(id, Nu, org, id, RegioGemeenten.Assen, null, dag, dag.AddMonths(3)),
                new AanbiederGeregistreerd(id, Nu, org, id, "Aanbieder", "12345678"),
                new ContractGesloten(id, Nu, org, id, id, "Aanbieder", Contractant.Subregio, ContractSoort.Eed, "dyslexiezorg",
                    ZorgKader.Jeugdwet, dag, null, new Bediening(false, [brin])),
                new ContractBeeindigd(id, Nu, org, id, dag),
                new TrajectGestart(id, Nu, org, id, brin, id, "Aanbieder", Zwaarte.Licht, ZorgKader.Wmo, dag),
                new TrajectBeeindigd(id, Nu, org, id, dag),
                new EedVerwijzingGemeld(id, Nu, org, id, "EED-1", brin, dag),
                new EedBehandelingGestart(id, Nu, org, id, dag),
                new ComplexeCasusGemeld(id, Nu, org, id, "CC-1", RegioGemeenten.Assen, brin, dag, id, new Casusregisseur("rol", "organisatie")),
                new CasusregisseurToegewezen(id, Nu, org, id, new Casusregisseur("rol", "organisatie"), dag),
                new ComplexeCasusAfgesloten(id, Nu, org, id, dag),
                new VoortgangGerapporteerd(id, Nu, org, id, 3, DoelStatus.Achter, "Toelichting", dag, "Gemeente Assen", "A. Tester", "beleidsadviseur"),
                new MeldingIngetrokken(id, Nu, org, id, id, "Dubbel gemeld"),
            ];
        }
    }
}

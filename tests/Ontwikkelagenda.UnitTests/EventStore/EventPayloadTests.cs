using Ontwikkelagenda.Agenda.Silo.EventStore;
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
    public void A_closing_survives_the_round_trip_through_the_payload()
    {
        var beeindigd = new ThuiszitterBeeindigd(Guid.NewGuid(), Nu, "Leerplicht Assen", Guid.NewGuid(), RegioGemeenten.Assen,
            Brin.Parse("12AB"), new DateOnly(2025, 4, 30), Uitkomst.Vrijstelling);

        Assert.Equal(beeindigd, EventPayload.Deserialize(EventPayload.TypeOf(beeindigd), EventPayload.Serialize(beeindigd)));
    }

    [Fact]
    public void An_unknown_event_type_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => EventPayload.Deserialize("Onbekend", "{}"));
    }
}

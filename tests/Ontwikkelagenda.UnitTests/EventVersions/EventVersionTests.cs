using System.Text.Json;
using System.Text.Json.Nodes;
using Agenda.Silo.EventStore;
using MassTransit.Serialization;
using Ontwikkelagenda.Contracts.Events;

namespace Ontwikkelagenda.UnitTests.EventVersions;

/// <summary>
/// An event written by today's code stays readable after its record changes (docs/architecture.md, "Event versions"):
/// the stored payloads beside this file are read the two ways the system reads events, from the bus (MassTransit's
/// serializer options) and from the event store (<see cref="EventPayload"/>).
/// </summary>
public sealed class EventVersionTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "EventVersions");

    public static TheoryData<string> Types() => new(AgendaEventTypes.PerNaam.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Types))]
    public void A_stored_payload_of_version_1_is_read_from_the_event_store_to_its_values(string eventType)
    {
        var read = EventPayload.Deserialize(eventType, Payload(eventType).ToJsonString());

        AssertSameEvent(StoredEventsV1.PerType[eventType], read);
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void A_stored_payload_of_version_1_is_read_from_the_bus_to_its_values(string eventType)
    {
        var read = FromBus(eventType, Payload(eventType));

        AssertSameEvent(StoredEventsV1.PerType[eventType], read);
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void A_payload_with_a_field_added_by_a_later_version_still_reads(string eventType)
    {
        var later = Payload(eventType);
        later["veldUitEenLatereVersie"] = new JsonObject { ["waarde"] = 42 };
        later["nogEenVeld"] = "tekst";

        AssertSameEvent(StoredEventsV1.PerType[eventType], EventPayload.Deserialize(eventType, later.ToJsonString()));
        AssertSameEvent(StoredEventsV1.PerType[eventType], FromBus(eventType, later));
    }

    [Fact]
    public void Every_event_type_has_a_stored_payload_of_version_1_and_every_payload_a_type()
    {
        var stored = Directory.GetFiles(Folder, "*.v1.json").Select(f => Path.GetFileName(f)[..^".v1.json".Length]).Order(StringComparer.Ordinal);

        Assert.Equal(AgendaEventTypes.PerNaam.Keys.Order(StringComparer.Ordinal), stored);
        Assert.Equal(AgendaEventTypes.PerNaam.Keys.Order(StringComparer.Ordinal), StoredEventsV1.PerType.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_field_renamed_in_a_payload_is_noticed_by_these_tests()
    {
        // Guards the guard: a payload whose field the record no longer knows reads to a different event.
        var renamed = Payload(nameof(ThuiszitterGemeld));
        renamed["gemeenteCode"] = renamed["gemeente"]!.DeepClone();
        renamed.Remove("gemeente");

        var read = EventPayload.Deserialize(nameof(ThuiszitterGemeld), renamed.ToJsonString());

        Assert.NotEqual(EventPayload.Serialize(StoredEventsV1.PerType[nameof(ThuiszitterGemeld)]), EventPayload.Serialize(read));
    }

    private static JsonObject Payload(string eventType) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, $"{eventType}.v1.json")))!.AsObject();

    private static IAgendaEvent FromBus(string eventType, JsonObject payload) =>
        (IAgendaEvent)payload.Deserialize(AgendaEventTypes.Van(eventType), SystemTextJsonMessageSerializer.Options)!;

    // Records holding lists compare them by reference: compare what the store would write instead.
    private static void AssertSameEvent(IAgendaEvent expected, IAgendaEvent actual)
    {
        Assert.IsType(expected.GetType(), actual);
        Assert.Equal(EventPayload.Serialize(expected), EventPayload.Serialize(actual));
    }
}

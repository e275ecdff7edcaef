using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ontwikkelagenda.Contracts.Events;

namespace Agenda.Silo.EventStore;

/// <summary>How an event is written to and read from the <c>payload</c> jsonb column, by its type name.</summary>
public static class EventPayload
{
    private static readonly JsonSerializerOptions Json = JsonSerializerOptions.Web;

    /// <summary>Every event type by name (<see cref="AgendaEventTypes"/>): a new event needs no change here.</summary>
    public static FrozenDictionary<string, Type> Types => AgendaEventTypes.PerNaam;

    public static string TypeOf(IAgendaEvent agendaEvent) =>
        Types.TryGetValue(agendaEvent.GetType().Name, out var type) && type == agendaEvent.GetType()
            ? type.Name
            : throw new NotSupportedException($"Onbekend event {agendaEvent.GetType().FullName}.");

    public static string Serialize(IAgendaEvent agendaEvent) => JsonSerializer.Serialize(agendaEvent, agendaEvent.GetType(), Json);

    /// <summary>
    /// The payload the event store keeps: the event without its case's pseudonymous reference, which no fold reads and
    /// which only the intake service that owns it keeps, until the retention period ends (docs/retention.md).
    /// </summary>
    public static string SerializeZonderReferentie(IAgendaEvent agendaEvent)
    {
        var payload = JsonSerializer.SerializeToNode(agendaEvent, agendaEvent.GetType(), Json)!.AsObject();
        if (ReferentieVeld(TypeOf(agendaEvent)) is { } veld) payload.Remove(veld);
        return payload.ToJsonString(Json);
    }

    /// <summary>The JSON name of the case reference an event of this type carries, or null.</summary>
    public static string? ReferentieVeld(string eventType) => eventType switch
    {
        nameof(ThuiszitterGemeld) => "casusReferentie",
        nameof(EedVerwijzingGemeld) or nameof(ComplexeCasusGemeld) => "referentie",
        _ => null,
    };

    public static IAgendaEvent Deserialize(string eventType, string payload) =>
        Types.TryGetValue(eventType, out var type)
            ? (IAgendaEvent)(JsonSerializer.Deserialize(payload, type, Json) ?? throw new InvalidDataException($"Leeg event {eventType}."))
            : throw new InvalidDataException($"Onbekend eventtype {eventType}.");
}

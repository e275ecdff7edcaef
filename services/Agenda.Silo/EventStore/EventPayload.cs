using System.Collections.Frozen;
using System.Text.Json;
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

    public static IAgendaEvent Deserialize(string eventType, string payload) =>
        Types.TryGetValue(eventType, out var type)
            ? (IAgendaEvent)(JsonSerializer.Deserialize(payload, type, Json) ?? throw new InvalidDataException($"Leeg event {eventType}."))
            : throw new InvalidDataException($"Onbekend eventtype {eventType}.");
}

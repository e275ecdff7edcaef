using System.Text.Json;
using Ontwikkelagenda.Contracts.Events;

namespace Ontwikkelagenda.Agenda.Silo.EventStore;

/// <summary>How an event is written to and read from the <c>payload</c> jsonb column, by its type name.</summary>
public static class EventPayload
{
    private static readonly JsonSerializerOptions Json = JsonSerializerOptions.Web;

    public static string TypeOf(IAgendaEvent agendaEvent) => agendaEvent switch
    {
        ThuiszitterGemeld => nameof(ThuiszitterGemeld),
        ThuiszitterBeeindigd => nameof(ThuiszitterBeeindigd),
        _ => throw new NotSupportedException($"Onbekend event {agendaEvent.GetType().Name}."),
    };

    public static string Serialize(IAgendaEvent agendaEvent) => JsonSerializer.Serialize(agendaEvent, agendaEvent.GetType(), Json);

    public static IAgendaEvent Deserialize(string eventType, string payload) => eventType switch
    {
        nameof(ThuiszitterGemeld) => JsonSerializer.Deserialize<ThuiszitterGemeld>(payload, Json)!,
        nameof(ThuiszitterBeeindigd) => JsonSerializer.Deserialize<ThuiszitterBeeindigd>(payload, Json)!,
        _ => throw new InvalidDataException($"Onbekend eventtype {eventType}."),
    };
}

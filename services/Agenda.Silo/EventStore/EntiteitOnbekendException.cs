namespace Agenda.Silo.EventStore;

/// <summary>
/// An event without routing fields of its own (an end, a withdrawal) for an entity the store has no events of yet:
/// it overtook the event that creates the entity. Thrown so the message is retried, later to the <c>_error</c> queue.
/// </summary>
public sealed class EntiteitOnbekendException(string eventType, Guid eventId, Guid? entiteitId)
    : Exception($"{eventType} {eventId} hoort bij entiteit {entiteitId}, die nog geen events heeft: opnieuw proberen.");

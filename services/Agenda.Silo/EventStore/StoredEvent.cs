namespace Agenda.Silo.EventStore;

/// <summary>A row of <c>agenda.events</c> as the store reads it back.</summary>
public sealed record StoredEvent(long SequenceNumber, string EventType, string Payload);

namespace Ontwikkelagenda.FaultTests;

/// <summary>What an intake service stored: every melding it acknowledged, with the event its outbox must deliver.</summary>
public sealed record IntakeMelding(Guid MeldingId, Guid EventId, string EventType, string EventBody, DateTime OntvangenOp, bool Gepubliceerd);

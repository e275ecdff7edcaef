namespace Leerplicht.Api.Tests;

/// <summary>One event as it arrived on the bus: the MassTransit message id, its exchange and what it is about.</summary>
public sealed record PublishedEvent(Guid MessageId, string Exchange, Guid EventId, Guid ZaakId);

using System.Text.Json;

namespace Ontwikkelagenda.Intake.Tests;

/// <summary>One event as it arrived on the bus: the MassTransit message id, its exchange, its id, what it is about, and its body.</summary>
public sealed record PublishedEvent(Guid MessageId, string Exchange, Guid EventId, Guid EntiteitId, JsonElement Body);

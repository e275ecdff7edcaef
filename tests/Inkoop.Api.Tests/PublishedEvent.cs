using System.Text.Json;

namespace Inkoop.Api.Tests;

/// <summary>One event as it arrived on the bus: the MassTransit message id, its type (from the exchange), its id, what it is about, and its body.</summary>
public sealed record PublishedEvent(Guid MessageId, string Type, Guid EventId, Guid EntiteitId, JsonElement Body);

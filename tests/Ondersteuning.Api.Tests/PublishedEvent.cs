using System.Text.Json;

namespace Ondersteuning.Api.Tests;

/// <summary>One event as it arrived on the bus: the MassTransit message id, its exchange, and the message itself.</summary>
public sealed record PublishedEvent(Guid MessageId, string Exchange, Guid EventId, Guid EntiteitId, JsonElement Message)
{
    /// <summary>The event type, from the exchange name (<c>Ontwikkelagenda.Contracts.Events:TrajectGestart</c>).</summary>
    public string Type => Exchange[(Exchange.LastIndexOf(':') + 1)..];
}

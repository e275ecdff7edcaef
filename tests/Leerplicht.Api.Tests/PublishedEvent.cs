using System.Text.Json;

namespace Leerplicht.Api.Tests;

/// <summary>One event as it arrived on the bus: the MassTransit message id, its exchange, what it is about, and the event itself.</summary>
public sealed record PublishedEvent(Guid MessageId, string Exchange, Guid EventId, Guid ZaakId, JsonElement Body)
{
    public string Type => Exchange[(Exchange.IndexOf(':') + 1)..];

    /// <summary>The event id this one corrects, if any.</summary>
    public Guid? Corrigeert => Body.TryGetProperty("corrigeert", out var value) && value.ValueKind == JsonValueKind.String ? value.GetGuid() : null;
}

using System.Text.Json;
using Ontwikkelagenda.Contracts.Events;
using RabbitMQ.Client;

namespace Ontwikkelagenda.TestSupport;

/// <summary>One event as it arrived on the bus: the MassTransit message id, its exchange, the event and its JSON.</summary>
public sealed record PublishedEvent(Guid MessageId, string Exchange, IEntiteitEvent Event, JsonElement Body)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The event type, from the exchange name (<c>Ontwikkelagenda.Contracts.Events:TrajectGestart</c>).</summary>
    public string Type => Exchange[(Exchange.LastIndexOf(':') + 1)..];

    public Guid EventId => Event.EventId;

    /// <summary>What the event is about: the case, contract, trajectory, referral, provider or report.</summary>
    public Guid EntiteitId => Event.EntiteitId;

    /// <summary>The event id this one corrects, if any.</summary>
    public Guid? Corrigeert => (Event as ICorrigeerbaarEvent)?.Corrigeert;

    /// <summary>A MassTransit envelope as the broker handed it over.</summary>
    public static PublishedEvent Van(BasicGetResult message)
    {
        using var document = JsonDocument.Parse(message.Body);
        var root = document.RootElement;
        var body = root.GetProperty("message").Clone();
        var type = AgendaEventTypes.Van(message.Exchange[(message.Exchange.LastIndexOf(':') + 1)..]);
        var @event = (IEntiteitEvent)(body.Deserialize(type, Json) ?? throw new InvalidDataException($"Leeg bericht op {message.Exchange}."));
        return new PublishedEvent(Guid.Parse(root.GetProperty("messageId").GetString()!), message.Exchange, @event, body);
    }
}

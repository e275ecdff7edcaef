using System.Text.Json;
using Leerplicht.Api.Opslag;
using MassTransit;
using Microsoft.Extensions.Options;
using Ontwikkelagenda.Contracts.Events;

namespace Leerplicht.Api.Publicatie;

/// <summary>
/// Publishes a stored melding's event with its stored id (a republish is recognised downstream) and
/// marks it published once the broker confirmed it.
/// </summary>
public sealed class OutboxPublisher(IBus bus, MeldingStore store, TimeProvider time, IOptions<LeerplichtOptions> options, ILogger<OutboxPublisher> logger)
{
    public static readonly JsonSerializerOptions EventJson = new(JsonSerializerDefaults.Web);

    /// <summary>True when the broker confirmed the event (now or earlier).</summary>
    public async Task<bool> TryPublish(OpgeslagenMelding melding, CancellationToken cancellationToken)
    {
        if (melding.GepubliceerdOp is not null) return true;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.PublishTimeout);
        try
        {
            await Publish(melding, timeout.Token);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Event {EventId} van melding {MeldingId} niet bevestigd door de broker; de outbox stuurt het na",
                melding.EventId, melding.MeldingId);
            return false;
        }
        await store.MarkeerGepubliceerd(melding.MeldingId, time.GetUtcNow(), CancellationToken.None);
        return true;
    }

    private Task Publish(OpgeslagenMelding melding, CancellationToken cancellationToken) => melding.EventType switch
    {
        nameof(ThuiszitterGemeld) => Publish(Read<ThuiszitterGemeld>(melding), melding.EventId, cancellationToken),
        nameof(ThuiszitterBeeindigd) => Publish(Read<ThuiszitterBeeindigd>(melding), melding.EventId, cancellationToken),
        nameof(ThuiszitterOvergedragen) => Publish(Read<ThuiszitterOvergedragen>(melding), melding.EventId, cancellationToken),
        nameof(ThuiszitterTermijnOverschreden) => Publish(Read<ThuiszitterTermijnOverschreden>(melding), melding.EventId, cancellationToken),
        nameof(MeldingIngetrokken) => Publish(Read<MeldingIngetrokken>(melding), melding.EventId, cancellationToken),
        _ => throw new InvalidOperationException($"Onbekend eventtype {melding.EventType}."),
    };

    private Task Publish<T>(T message, Guid eventId, CancellationToken cancellationToken) where T : class =>
        bus.Publish(message, context => context.MessageId = eventId, cancellationToken);

    private static T Read<T>(OpgeslagenMelding melding) =>
        JsonSerializer.Deserialize<T>(melding.EventBody, EventJson) ?? throw new InvalidOperationException("Leeg event in de outbox.");
}

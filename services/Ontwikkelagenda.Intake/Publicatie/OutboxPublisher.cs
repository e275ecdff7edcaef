using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Intake.Opslag;

namespace Ontwikkelagenda.Intake.Publicatie;

/// <summary>
/// Publishes a stored melding's event with its stored id (a republish is recognised downstream) and
/// marks it published once the broker confirmed it.
/// </summary>
public sealed class OutboxPublisher(IBus bus, IntakeStore store, TimeProvider time, IOptions<IntakeOptions> options, ILogger<OutboxPublisher> logger)
{
    /// <summary>True when the broker confirmed the event (now or earlier).</summary>
    public async Task<bool> TryPublish(IntakeMelding melding, CancellationToken cancellationToken)
    {
        if (melding.GepubliceerdOp is not null) return true;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.PublishTimeout);
        try
        {
            var type = AgendaEventTypes.Van(melding.EventType);
            var message = JsonSerializer.Deserialize(melding.EventBody, type, IntakeStore.Json)
                ?? throw new InvalidOperationException("Leeg event in de outbox.");
            await bus.Publish(message, type, context => context.MessageId = melding.EventId, timeout.Token);
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
}

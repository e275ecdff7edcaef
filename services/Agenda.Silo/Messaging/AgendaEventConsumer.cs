using Agenda.Silo.EventStore;
using Agenda.Silo.Telemetry;
using MassTransit;
using Ontwikkelagenda.Contracts.Events;

namespace Agenda.Silo.Messaging;

/// <summary>
/// Stores an event, then applies it to the grain of every scope it concerns; only then is the message
/// acknowledged (the consume completes). One closed type per event type of the contracts.
/// </summary>
public sealed class AgendaEventConsumer<TEvent>(IEventStore eventStore, IGrainFactory grains, AgendaMetrics metrics) : IConsumer<TEvent>
    where TEvent : class, IAgendaEvent
{
    public async Task Consume(ConsumeContext<TEvent> context)
    {
        // Counted here, not in the consume observer: message retry runs inside the consume pipe, so an observer sees one attempt.
        if (context.GetRetryAttempt() > 0) metrics.Retried(typeof(TEvent).Name);

        var opgeslagen = await eventStore.Append(context.Message, context.CancellationToken);

        // Apply even when the store already had the event: that is a redelivery after a crash between
        // storing and applying, and an active grain may not have it yet. Grains ignore what they saw.
        await Task.WhenAll(opgeslagen.Scopes.Select(scope => grains.GrainOf(scope).Apply(context.Message, opgeslagen.EersteVanEntiteit)));
    }
}

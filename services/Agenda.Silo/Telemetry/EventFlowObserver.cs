using MassTransit;
using Ontwikkelagenda.Contracts.Events;

namespace Agenda.Silo.Telemetry;

/// <summary>
/// Watches every consume of the silo's bus, whatever the consumer: a completed consume means the
/// event is stored and applied to its grains, so that moment ends the publication-to-grain time.
/// Registered in DI with <c>AddConsumeObserver</c>: the consumers need no change.
/// </summary>
public sealed class EventFlowObserver(AgendaMetrics metrics, TimeProvider clock) : IConsumeObserver
{
    // Retries are counted by the consumer: message retry runs inside the consume pipe, so this observer sees one attempt.
    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        // SentTime is when the intake service's outbox published the message; OccurredAt is the fallback.
        var published = context.SentTime is { } sent
            ? new DateTimeOffset(DateTime.SpecifyKind(sent, DateTimeKind.Utc))
            : (context.Message as IAgendaEvent)?.OccurredAt;
        metrics.Consumed(context.Message.GetType().Name, published is null ? TimeSpan.Zero : clock.GetUtcNow() - published.Value);
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class
    {
        metrics.Faulted(context.Message.GetType().Name);
        return Task.CompletedTask;
    }
}

using System.Collections.Concurrent;
using MassTransit;
using Ontwikkelagenda.Contracts.Events;

namespace Ontwikkelagenda.IntegrationTests;

/// <summary>Counts, per event id, how often a silo's consumers finished a message (acknowledged it).</summary>
public sealed class ConsumedMessages : IConsumeObserver
{
    private readonly ConcurrentDictionary<Guid, int> _completed = new();

    public int Completed(Guid eventId) => _completed.GetValueOrDefault(eventId);

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class => Count(_completed, context.Message);

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;

    private static Task Count(ConcurrentDictionary<Guid, int> counts, object message)
    {
        if (message is IAgendaEvent agendaEvent) counts.AddOrUpdate(agendaEvent.EventId, 1, (_, count) => count + 1);
        return Task.CompletedTask;
    }
}

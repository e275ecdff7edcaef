using MassTransit;
using Ontwikkelagenda.Agenda.Silo.EventStore;
using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Grains;
using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.Agenda.Silo.Messaging;

/// <summary>
/// Stores a thuiszitter event, then applies it to every grain it concerns; only then is the message
/// acknowledged (the consume completes).
/// </summary>
public sealed class ThuiszitterConsumer(IEventStore eventStore, ThuiszitterScopeGrains scopes)
    : IConsumer<ThuiszitterGemeld>, IConsumer<ThuiszitterBeeindigd>
{
    public Task Consume(ConsumeContext<ThuiszitterGemeld> context) =>
        StoreThenApply(context, context.Message.Gemeente, context.Message.Brin, grain => grain.ApplyGemeld(context.Message));

    public Task Consume(ConsumeContext<ThuiszitterBeeindigd> context) =>
        StoreThenApply(context, context.Message.Gemeente, context.Message.Brin, grain => grain.ApplyBeeindigd(context.Message));

    private async Task StoreThenApply<T>(ConsumeContext<T> context, GemeenteCode gemeente, Brin? brin, Func<IThuiszitterScopeGrain, Task> apply)
        where T : class, IAgendaEvent
    {
        await eventStore.Append(context.Message, context.CancellationToken);

        // Apply even when the store already had the event: that is a redelivery after a crash between
        // storing and applying, and an active grain may not have it yet. Grains ignore what they saw.
        await Task.WhenAll(scopes.Concerning(gemeente, brin).Select(apply));
    }
}

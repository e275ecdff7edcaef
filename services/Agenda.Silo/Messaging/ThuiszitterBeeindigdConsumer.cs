using MassTransit;
using Ontwikkelagenda.Agenda.Silo.EventStore;
using Ontwikkelagenda.Contracts.Events;

namespace Ontwikkelagenda.Agenda.Silo.Messaging;

/// <summary>Stores a case's closing, then applies it to every grain it concerns; only then is the message acknowledged.</summary>
public sealed class ThuiszitterBeeindigdConsumer(IEventStore eventStore, ThuiszitterScopeGrains scopes) : IConsumer<ThuiszitterBeeindigd>
{
    public async Task Consume(ConsumeContext<ThuiszitterBeeindigd> context)
    {
        var beeindigd = context.Message;
        await eventStore.Append(beeindigd, context.CancellationToken);

        // Apply even when the store already had the event: that is a redelivery after a crash between
        // storing and applying, and an active grain may not have it yet. Grains ignore what they saw.
        await Task.WhenAll(scopes.Concerning(beeindigd.Gemeente, beeindigd.Brin).Select(grain => grain.ApplyBeeindigd(beeindigd)));
    }
}

using MassTransit;
using Ontwikkelagenda.Agenda.Silo.EventStore;
using Ontwikkelagenda.Contracts.Events;

namespace Ontwikkelagenda.Agenda.Silo.Messaging;

/// <summary>Stores a reported case, then applies it to every grain it concerns; only then is the message acknowledged.</summary>
public sealed class ThuiszitterGemeldConsumer(IEventStore eventStore, ThuiszitterScopeGrains scopes) : IConsumer<ThuiszitterGemeld>
{
    public async Task Consume(ConsumeContext<ThuiszitterGemeld> context)
    {
        var gemeld = context.Message;
        await eventStore.Append(gemeld, context.CancellationToken);

        // Apply even when the store already had the event: that is a redelivery after a crash between
        // storing and applying, and an active grain may not have it yet. Grains ignore what they saw.
        await Task.WhenAll(scopes.Concerning(gemeld.Gemeente, gemeld.Brin).Select(grain => grain.ApplyGemeld(gemeld)));
    }
}

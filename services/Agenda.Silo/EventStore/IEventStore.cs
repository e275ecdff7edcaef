using Ontwikkelagenda.Contracts.Events;

namespace Ontwikkelagenda.Agenda.Silo.EventStore;

/// <summary>The system of record: every acknowledged event, once, in the order it was stored.</summary>
public interface IEventStore
{
    /// <summary>Stores the event unless its id is already there. True when it was new.</summary>
    Task<bool> Append(IAgendaEvent agendaEvent, CancellationToken cancellationToken = default);

    /// <summary>All events of a scope, in store order.</summary>
    Task<IReadOnlyList<IAgendaEvent>> Read(EventScope scope, CancellationToken cancellationToken = default);
}

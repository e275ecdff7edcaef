using Agenda.Domein;
using Ontwikkelagenda.Contracts.Events;

namespace Agenda.Silo.EventStore;

/// <summary>The system of record: every acknowledged event, once, in the order it was stored, with the scopes it concerns.</summary>
public interface IEventStore
{
    /// <summary>
    /// Stores the event unless its id is already there, and returns the scopes it concerns (also for an
    /// event stored before): its own route plus the scopes of its entity's earlier events; and whether it is
    /// its entity's first event.
    /// </summary>
    /// <exception cref="EntiteitOnbekendException">The event routes nowhere by itself and its entity has no events yet.</exception>
    Task<Opgeslagen> Append(IAgendaEvent agendaEvent, CancellationToken cancellationToken = default);

    /// <summary>All events of a scope, in store order.</summary>
    Task<IReadOnlyList<IAgendaEvent>> Read(Scope scope, CancellationToken cancellationToken = default);

    /// <summary>The events of a scope stored at or after <paramref name="storedFrom"/>, in store order (a grain's catch-up).</summary>
    Task<IReadOnlyList<IAgendaEvent>> ReadStoredSince(Scope scope, DateTimeOffset storedFrom, CancellationToken cancellationToken = default);

    /// <summary>All events of one entity (case, contract, trajectory, ...), in store order.</summary>
    Task<IReadOnlyList<IAgendaEvent>> ReadEntiteit(Guid entiteitId, CancellationToken cancellationToken = default);
}

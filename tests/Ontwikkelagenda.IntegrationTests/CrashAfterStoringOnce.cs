using Agenda.Domein;
using Agenda.Silo.EventStore;
using Ontwikkelagenda.Contracts.Events;

namespace Ontwikkelagenda.IntegrationTests;

/// <summary>
/// The real event store, except that the first time it stores a given event the consumer "dies"
/// right after the commit, before any grain heard of it: the moment the easy design loses events.
/// </summary>
public sealed class CrashAfterStoringOnce(PostgresEventStore inner) : IEventStore
{
    private readonly HashSet<Guid> _crashed = [];

    public async Task<Opgeslagen> Append(IAgendaEvent agendaEvent, CancellationToken cancellationToken = default)
    {
        var opgeslagen = await inner.Append(agendaEvent, cancellationToken);
        lock (_crashed)
        {
            if (_crashed.Add(agendaEvent.EventId)) throw new SimulatedCrashException();
        }
        return opgeslagen;
    }

    public Task<IReadOnlyList<IAgendaEvent>> Read(Scope scope, CancellationToken cancellationToken = default) =>
        inner.Read(scope, cancellationToken);

    public Task<IReadOnlyList<IAgendaEvent>> ReadStoredSince(Scope scope, DateTimeOffset storedFrom, CancellationToken cancellationToken = default) =>
        inner.ReadStoredSince(scope, storedFrom, cancellationToken);

    public Task<IReadOnlyList<IAgendaEvent>> ReadEntiteit(Guid entiteitId, CancellationToken cancellationToken = default) =>
        inner.ReadEntiteit(entiteitId, cancellationToken);
}

public sealed class SimulatedCrashException() : Exception("Simulated crash between storing and applying an event.");

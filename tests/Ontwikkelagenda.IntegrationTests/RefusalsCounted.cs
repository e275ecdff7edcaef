using System.Collections.Concurrent;
using Agenda.Domein;
using Agenda.Silo.EventStore;
using Ontwikkelagenda.Contracts.Events;

namespace Ontwikkelagenda.IntegrationTests;

/// <summary>The real event store, counting per event how often it refused it because its entity had no events yet.</summary>
public sealed class RefusalsCounted(PostgresEventStore inner) : IEventStore
{
    private readonly ConcurrentDictionary<Guid, int> _refused = new();

    public int Refused(Guid eventId) => _refused.GetValueOrDefault(eventId);

    public async Task<IReadOnlyList<Scope>> Append(IAgendaEvent agendaEvent, CancellationToken cancellationToken = default)
    {
        try
        {
            return await inner.Append(agendaEvent, cancellationToken);
        }
        catch (EntiteitOnbekendException)
        {
            _refused.AddOrUpdate(agendaEvent.EventId, 1, (_, count) => count + 1);
            throw;
        }
    }

    public Task<IReadOnlyList<IAgendaEvent>> Read(Scope scope, CancellationToken cancellationToken = default) => inner.Read(scope, cancellationToken);

    public Task<IReadOnlyList<IAgendaEvent>> ReadStoredSince(Scope scope, DateTimeOffset storedFrom, CancellationToken cancellationToken = default) =>
        inner.ReadStoredSince(scope, storedFrom, cancellationToken);

    public Task<IReadOnlyList<IAgendaEvent>> ReadEntiteit(Guid entiteitId, CancellationToken cancellationToken = default) =>
        inner.ReadEntiteit(entiteitId, cancellationToken);
}

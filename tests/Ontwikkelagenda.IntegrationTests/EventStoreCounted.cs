using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Agenda.Domein;
using Agenda.Silo.EventStore;
using Ontwikkelagenda.Contracts.Events;

namespace Ontwikkelagenda.IntegrationTests;

/// <summary>
/// The real event store, counting per event how often it refused it because its entity had no events yet, and how
/// many catch-up reads the grains made.
/// </summary>
public sealed class EventStoreCounted(PostgresEventStore inner) : IEventStore
{
    private readonly ConcurrentDictionary<Guid, int> _refused = new();
    private int _catchUps;

    public int CatchUps => Volatile.Read(ref _catchUps);

    /// <summary>Puts the counting store in the silo's place of the real one (for <c>StartSiloAsync</c>).</summary>
    public static void InPlaceOfTheStore(IServiceCollection services)
    {
        services.RemoveAll<IEventStore>();
        services.AddSingleton<PostgresEventStore>();
        services.AddSingleton<EventStoreCounted>();
        services.AddSingleton<IEventStore>(provider => provider.GetRequiredService<EventStoreCounted>());
    }

    public int Refused(Guid eventId) => _refused.GetValueOrDefault(eventId);

    public async Task<Opgeslagen> Append(IAgendaEvent agendaEvent, CancellationToken cancellationToken = default)
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

    public Task<IReadOnlyList<IAgendaEvent>> ReadStoredSince(Scope scope, DateTimeOffset storedFrom, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _catchUps);
        return inner.ReadStoredSince(scope, storedFrom, cancellationToken);
    }

    public Task<IReadOnlyList<IAgendaEvent>> ReadEntiteit(Guid entiteitId, CancellationToken cancellationToken = default) =>
        inner.ReadEntiteit(entiteitId, cancellationToken);
}

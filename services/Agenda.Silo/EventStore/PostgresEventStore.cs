using Dapper;
using Npgsql;
using Ontwikkelagenda.Agenda.Silo.Referentie;
using Ontwikkelagenda.Contracts.Events;

namespace Ontwikkelagenda.Agenda.Silo.EventStore;

/// <summary>
/// The event store in <c>agenda.events</c>. Routing columns (gemeente, brin, swv) are resolved
/// when the event is stored, so a grain can load its scope with one indexed query.
/// </summary>
public sealed class PostgresEventStore(NpgsqlDataSource dataSource, Referentiedata referentiedata, TimeProvider time) : IEventStore
{
    public async Task<bool> Append(IAgendaEvent agendaEvent, CancellationToken cancellationToken = default)
    {
        var (zaakId, gemeente, brin) = agendaEvent switch
        {
            ThuiszitterGemeld g => (g.ZaakId, g.Gemeente, g.Brin),
            ThuiszitterBeeindigd b => (b.ZaakId, b.Gemeente, b.Brin),
            _ => throw new NotSupportedException($"Onbekend event {agendaEvent.GetType().Name}."),
        };
        var route = referentiedata.RouteFor(gemeente, brin);

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            """
            insert into agenda.events (event_id, event_type, zaak_id, gemeente, brin, swv, payload, occurred_at, stored_at)
            values (@EventId, @EventType, @ZaakId, @Gemeente, @Brin, @Swv, @Payload::jsonb, @OccurredAt, @StoredAt)
            on conflict (event_id) do nothing
            """,
            new
            {
                agendaEvent.EventId,
                EventType = EventPayload.TypeOf(agendaEvent),
                ZaakId = zaakId,
                Gemeente = gemeente.Value,
                // The case's own BRIN, also when the school is outside the register: history keeps it.
                Brin = brin?.Value,
                route.Swv,
                Payload = EventPayload.Serialize(agendaEvent),
                OccurredAt = agendaEvent.OccurredAt.ToUniversalTime(),
                StoredAt = time.GetUtcNow(),
            },
            cancellationToken: cancellationToken));
        return inserted == 1;
    }

    public async Task<IReadOnlyList<IAgendaEvent>> Read(EventScope scope, CancellationToken cancellationToken = default)
    {
        var (filter, key) = scope.Kind switch
        {
            EventScopeKind.Gemeente => ("gemeente = @key", (object)scope.Key),
            EventScopeKind.School => ("brin = @key", scope.Key),
            EventScopeKind.Swv => ("swv = @key", scope.Key),
            // The region is its four municipalities; anything else never counts for it.
            EventScopeKind.Regio => ("gemeente = any(@key)", referentiedata.Gemeenten.Select(g => g.Code).ToArray()),
            _ => throw new ArgumentOutOfRangeException(nameof(scope)),
        };

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<StoredEvent>(new CommandDefinition(
            $"select sequence_number as SequenceNumber, event_type as EventType, payload::text as Payload from agenda.events where {filter} order by sequence_number",
            new { key },
            cancellationToken: cancellationToken));
        return rows.Select(row => EventPayload.Deserialize(row.EventType, row.Payload)).ToList();
    }
}

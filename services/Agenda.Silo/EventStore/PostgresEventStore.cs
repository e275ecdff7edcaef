using Agenda.Domein;
using Agenda.Domein.Referentie;
using Agenda.Domein.Routering;
using Agenda.Silo.Database;
using Dapper;
using Npgsql;
using Ontwikkelagenda.Contracts.Events;

namespace Agenda.Silo.EventStore;

/// <summary>
/// The event store in <c>agenda.events</c>. Each row carries every scope its entity concerns
/// (<c>scopes</c>, GIN-indexed), so a grain loads its scope, including the whole history of every
/// entity in it, with one query.
/// </summary>
public sealed class PostgresEventStore(NpgsqlDataSource dataSource, Referentiedata referentiedata, TimeProvider time, ILogger<PostgresEventStore> logger)
    : IEventStore
{
    private const string Select = "select sequence_number as SequenceNumber, event_type as EventType, payload::text as Payload from agenda.events";

    public async Task<Opgeslagen> Append(IAgendaEvent agendaEvent, CancellationToken cancellationToken = default)
    {
        var entiteitId = (agendaEvent as IEntiteitEvent)?.EntiteitId;
        var eigen = EventRoute.ScopesFor(agendaEvent, referentiedata).Select(s => s.ToString()).ToHashSet();

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // One entity at a time: two of its events stored at once would each miss the other's scopes.
        await connection.ExecuteAsync(new CommandDefinition("select pg_advisory_xact_lock(@soort, @sleutel)",
            new { soort = AdvisoryLocks.Entiteit, sleutel = (entiteitId ?? agendaEvent.EventId).GetHashCode() }, transaction,
            cancellationToken: cancellationToken));

        var bewaard = await connection.QuerySingleOrDefaultAsync<string[]>(new CommandDefinition(
            "select scopes from agenda.events where event_id = @EventId", new { agendaEvent.EventId }, transaction, cancellationToken: cancellationToken));
        if (bewaard is not null) return new Opgeslagen(Parse(bewaard), EersteVanEntiteit: false); // a redelivery: its grains still need it

        var eerder = entiteitId is null ? [] : (await connection.QueryAsync<string>(new CommandDefinition(
            "select distinct unnest(scopes) from agenda.events where entiteit_id = @entiteitId",
            new { entiteitId }, transaction, cancellationToken: cancellationToken))).ToHashSet();
        if (eigen.Count == 0 && eerder.Count == 0)
        {
            var type = agendaEvent.GetType().Name;
            logger.LogWarning("{EventType} {EventId} voor entiteit {EntiteitId} komt voor het event dat de entiteit aanmaakt; het bericht wordt opnieuw aangeboden.",
                type, agendaEvent.EventId, entiteitId);
            throw new EntiteitOnbekendException(type, agendaEvent.EventId, entiteitId);
        }

        var nieuw = eigen.Except(eerder).ToArray();
        if (nieuw.Length > 0 && eerder.Count > 0)
        {
            // A transfer or a correction brings the entity to a new scope: its history goes along, so a
            // grain of that scope activating later loads the whole entity.
            await connection.ExecuteAsync(new CommandDefinition(
                "update agenda.events set scopes = array(select distinct s from unnest(scopes || @nieuw) s order by s) where entiteit_id = @entiteitId",
                new { nieuw, entiteitId }, transaction, cancellationToken: cancellationToken));
        }

        var scopes = eerder.Union(eigen).Order().ToArray();
        await connection.ExecuteAsync(new CommandDefinition(
            """
            insert into agenda.events (event_id, event_type, entiteit_id, scopes, payload, occurred_at, stored_at)
            values (@EventId, @EventType, @EntiteitId, @Scopes, @Payload::jsonb, @OccurredAt, @StoredAt)
            on conflict (event_id) do nothing
            """,
            new
            {
                agendaEvent.EventId,
                EventType = EventPayload.TypeOf(agendaEvent),
                EntiteitId = entiteitId,
                Scopes = scopes,
                Payload = EventPayload.SerializeZonderReferentie(agendaEvent),
                OccurredAt = agendaEvent.OccurredAt.ToUniversalTime(),
                StoredAt = time.GetUtcNow(),
            },
            transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return new Opgeslagen(Parse(scopes), EersteVanEntiteit: entiteitId is not null && eerder.Count == 0);
    }

    public Task<IReadOnlyList<IAgendaEvent>> Read(Scope scope, CancellationToken cancellationToken = default) =>
        Query($"{Select} where scopes @> array[@key]::text[] order by sequence_number", new { key = scope.ToString() }, cancellationToken);

    public Task<IReadOnlyList<IAgendaEvent>> ReadStoredSince(Scope scope, DateTimeOffset storedFrom, CancellationToken cancellationToken = default) =>
        Query($"{Select} where stored_at >= @storedFrom and scopes @> array[@key]::text[] order by sequence_number",
            new { key = scope.ToString(), storedFrom = storedFrom.ToUniversalTime() }, cancellationToken);

    public Task<IReadOnlyList<IAgendaEvent>> ReadEntiteit(Guid entiteitId, CancellationToken cancellationToken = default) =>
        Query($"{Select} where entiteit_id = @entiteitId order by sequence_number", new { entiteitId }, cancellationToken);

    private async Task<IReadOnlyList<IAgendaEvent>> Query(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<StoredEvent>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return rows.Select(row => EventPayload.Deserialize(row.EventType, row.Payload)).ToList();
    }

    private static IReadOnlyList<Scope> Parse(IEnumerable<string> scopes) => scopes.Select(ScopeSleutel.Parse).ToList();
}

using System.Diagnostics;
using Agenda.Domein.Referentie;
using Agenda.Domein.Routering;
using Agenda.Silo.EventStore;
using Npgsql;
using NpgsqlTypes;
using Ontwikkelagenda.Contracts.Events;

namespace Ontwikkelagenda.Bench.Metingen;

/// <summary>
/// The national year of events straight into <c>agenda.events</c> with one binary COPY, not through the intakes
/// (they accept only the municipalities of 22.01). Each row as <c>PostgresEventStore</c> would have left it: its
/// type and payload by <see cref="EventPayload"/>, its scopes by <see cref="EventRoute.ScopesFor"/>, and every
/// event of an entity carrying all the scopes of that entity's events (the store adds them to earlier rows on a
/// transfer). Meant for a system whose silos are idle or stopped: the grains read the rows when they activate.
/// </summary>
public static class LandelijkeLading
{
    private const string Copy =
        "copy agenda.events (event_id, event_type, entiteit_id, scopes, payload, occurred_at, stored_at) from stdin (format binary)";

    public static async Task<LadingMeting> Laad(string connectionString, IReadOnlyList<IAgendaEvent> events, Referentiedata register, CancellationToken cancellationToken)
    {
        var klok = Stopwatch.StartNew();
        var scopes = Scopes(events, register);
        var opgeslagen = DateTimeOffset.UtcNow;
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using (var import = await connection.BeginBinaryImportAsync(Copy, cancellationToken))
            {
                foreach (var e in events)
                {
                    var entiteit = (e as IEntiteitEvent)?.EntiteitId;
                    await import.StartRowAsync(cancellationToken);
                    await import.WriteAsync(e.EventId, NpgsqlDbType.Uuid, cancellationToken);
                    await import.WriteAsync(EventPayload.TypeOf(e), NpgsqlDbType.Text, cancellationToken);
                    if (entiteit is { } id) await import.WriteAsync(id, NpgsqlDbType.Uuid, cancellationToken);
                    else await import.WriteNullAsync(cancellationToken);
                    await import.WriteAsync(scopes[entiteit ?? e.EventId], NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                    await import.WriteAsync(EventPayload.SerializeZonderReferentie(e), NpgsqlDbType.Jsonb, cancellationToken);
                    await import.WriteAsync(e.OccurredAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken);
                    await import.WriteAsync(opgeslagen, NpgsqlDbType.TimestampTz, cancellationToken);
                }
                await import.CompleteAsync(cancellationToken);
            }
            // Fresh statistics, as autovacuum would make them a little later: the grains' first queries plan with them.
            await using var analyse = new NpgsqlCommand("analyze agenda.events", connection);
            await analyse.ExecuteNonQueryAsync(cancellationToken);
        }
        return new LadingMeting(events.Count, klok.Elapsed.TotalSeconds);
    }

    /// <summary>The scopes of each entity over all its events (keyed by event id for an event without entity), sorted as the store keeps them.</summary>
    public static Dictionary<Guid, string[]> Scopes(IReadOnlyList<IAgendaEvent> events, Referentiedata register)
    {
        var perSleutel = new Dictionary<Guid, SortedSet<string>>();
        foreach (var e in events)
        {
            var sleutel = (e as IEntiteitEvent)?.EntiteitId ?? e.EventId;
            if (!perSleutel.TryGetValue(sleutel, out var set)) perSleutel[sleutel] = set = new SortedSet<string>(StringComparer.Ordinal);
            set.UnionWith(EventRoute.ScopesFor(e, register).Select(s => s.ToString()));
        }
        var zonder = perSleutel.Where(p => p.Value.Count == 0).Select(p => p.Key).ToList();
        return zonder.Count == 0
            ? perSleutel.ToDictionary(p => p.Key, p => p.Value.ToArray())
            : throw new InvalidOperationException($"{zonder.Count} entiteiten van de landelijke set horen bij geen enkele scope, bijvoorbeeld {zonder[0]}.");
    }
}

/// <summary>The bulk load: how many events, and the seconds from routing the first to the end of COPY and ANALYZE.</summary>
public sealed record LadingMeting(int Events, double Seconden)
{
    public double EventsPerSeconde => Events / Seconden;
}

using Dapper;
using Npgsql;
using Ontwikkelagenda.AppHost;

namespace Ontwikkelagenda.FaultTests;

/// <summary>Reads the three intakes' stores and the silos' event store straight from PostgreSQL.</summary>
public sealed class Opslag(IReadOnlyDictionary<string, string> intakeDatabases, string agendaDatabase)
{
    /// <summary>The intake services' schema per database, as each service names it in <c>AddIntake</c>.</summary>
    public static readonly IReadOnlyDictionary<string, string> Schemas = new Dictionary<string, string>
    {
        [SystemDatabases.Leerplicht] = "leerplicht",
        [SystemDatabases.Inkoop] = "inkoop",
        [SystemDatabases.Ondersteuning] = "ondersteuning",
    };

    public async Task<IReadOnlyList<IntakeMelding>> IntakeMeldingen()
    {
        var alle = new List<IntakeMelding>();
        foreach (var (database, connectionString) in intakeDatabases)
        {
            await using var connection = new NpgsqlConnection(ZonderPool(connectionString));
            alle.AddRange(await connection.QueryAsync<IntakeMelding>(
                $"""
                SELECT melding_id AS MeldingId, event_id AS EventId, event_type AS EventType, event_body::text AS EventBody,
                       ontvangen_op AS OntvangenOp, gepubliceerd_op IS NOT NULL AS Gepubliceerd
                FROM {Schemas[database]}.meldingen
                """));
        }
        return [.. alle.OrderBy(m => m.OntvangenOp)];
    }

    /// <summary>How many times each event id is in the event store (the unique index makes more than one impossible, and this checks it).</summary>
    public async Task<IReadOnlyDictionary<Guid, int>> OpgeslagenEvents()
    {
        await using var connection = new NpgsqlConnection(ZonderPool(agendaDatabase));
        var rijen = await connection.QueryAsync<(Guid EventId, int Aantal)>("SELECT event_id, count(*)::int FROM agenda.events GROUP BY event_id");
        return rijen.ToDictionary(r => r.EventId, r => r.Aantal);
    }

    /// <summary>
    /// Waits until the event of every melding of <paramref name="bevestigd"/> is in the event store, reading both stores
    /// every <paramref name="elke"/>; false when <paramref name="geduld"/> passed first.
    /// </summary>
    public async Task<bool> WachtTotOpgeslagen(IReadOnlyCollection<Guid> bevestigd, TimeSpan geduld, TimeSpan elke, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + geduld;
        while (true)
        {
            var (intake, events) = (await IntakeMeldingen(), await OpgeslagenEvents());
            var eventVan = intake.ToDictionary(m => m.MeldingId, m => m.EventId);
            if (bevestigd.All(id => eventVan.TryGetValue(id, out var e) && events.ContainsKey(e))) return true;
            if (DateTime.UtcNow > deadline) return false;
            await Task.Delay(elke, cancellationToken);
        }
    }

    /// <summary>A fresh connection per reading: a pooled one would be a session PostgreSQL's restart ended.</summary>
    private static string ZonderPool(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;
}

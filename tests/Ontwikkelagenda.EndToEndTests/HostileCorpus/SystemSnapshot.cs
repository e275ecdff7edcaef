using System.Text.Json;
using Npgsql;
using Ontwikkelagenda.AppHost;

namespace Ontwikkelagenda.EndToEndTests.HostileCorpus;

/// <summary>
/// What hostile input must leave unchanged: every table of every database (rows and a digest of their content; not the
/// audit trail and the identity service's tokens, which record every call) and
/// the figures Agenda.Api gives for today (the regional overview and every municipality, SWV and school).
/// </summary>
internal sealed record SystemSnapshot(IReadOnlyDictionary<string, string> Parts)
{
    public static async Task<SystemSnapshot> TakeAsync(AspireSystem system, CancellationToken cancellationToken)
    {
        var parts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (database, connectionString) in await system.DatabaseConnectionStringsAsync(cancellationToken))
        {
            // Every call there records a token it gave out, refused or not; that is the identity service's own bookkeeping.
            if (database == SystemDatabases.Identity) continue;
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            foreach (var table in await TablesAsync(connection, cancellationToken))
            {
                // The audit trail records every refusal too: that it grows is what it is for.
                if (table.EndsWith(".audit", StringComparison.Ordinal)) continue;
                // Identifiers come from the catalog, not from input.
                await using var digest = new NpgsqlCommand(
                    $"select count(*)::text || ' rows, md5 ' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '-') from {table} t", connection);
                parts[$"{database}: {table}"] = (string)(await digest.ExecuteScalarAsync(cancellationToken))!;
            }
        }

        using var agenda = SysteemToegang.Van(system).AgendaLezer(system);
        var peildatum = Meldingen.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        parts["agenda-api: /v1/regio-overzicht"] = await agenda.GetStringAsync($"/v1/regio-overzicht?peildatum={peildatum}", cancellationToken);
        foreach (var (list, key) in new[] { ("gemeenten", "code"), ("samenwerkingsverbanden", "code"), ("scholen", "brin") })
        {
            using var items = JsonDocument.Parse(await agenda.GetStringAsync($"/v1/{list}", cancellationToken));
            foreach (var item in items.RootElement.EnumerateArray())
            {
                var path = $"/v1/{list}/{item.GetProperty(key).GetString()}?peildatum={peildatum}";
                parts[$"agenda-api: {path}"] = await agenda.GetStringAsync(path, cancellationToken);
            }
        }
        return new SystemSnapshot(parts);
    }

    /// <summary>Taken until two readings a few seconds apart agree, so that events of earlier tests still on their way are not counted as changes.</summary>
    public static async Task<SystemSnapshot> TakeSettledAsync(AspireSystem system, CancellationToken cancellationToken)
    {
        var previous = await TakeAsync(system, cancellationToken);
        for (var attempt = 0; attempt < 20; attempt++)
        {
            await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
            var current = await TakeAsync(system, cancellationToken);
            if (current.Differences(previous).Count == 0) return current;
            previous = current;
        }
        throw new InvalidOperationException("The system did not settle within a minute; another test's events are still arriving.");
    }

    /// <summary>The names of the parts that differ, with both readings shortened.</summary>
    public IReadOnlyList<string> Differences(SystemSnapshot before) =>
        [.. Parts.Keys.Union(before.Parts.Keys).Order(StringComparer.Ordinal)
            .Where(key => Parts.GetValueOrDefault(key) != before.Parts.GetValueOrDefault(key))
            .Select(key => $"{key}: was {Short(before.Parts.GetValueOrDefault(key))}, is {Short(Parts.GetValueOrDefault(key))}")];

    private static string Short(string? text) => text is null ? "absent" : text.Length <= 120 ? text : text[..120] + "...";

    private static async Task<List<string>> TablesAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "select quote_ident(table_schema) || '.' || quote_ident(table_name) from information_schema.tables " +
            "where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema') order by 1", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tables = new List<string>();
        while (await reader.ReadAsync(cancellationToken)) tables.Add(reader.GetString(0));
        return tables;
    }
}

using Npgsql;
using Ontwikkelagenda.LocalServers;

namespace Ontwikkelagenda.AppHost.Backup;

/// <summary>
/// <c>./run.sh --restore FILE</c>: before Aspire starts anything, runs PostgreSQL on the data directory, creates the
/// databases, restores the backup into them (only when they are empty) and marks every intake melding unpublished,
/// so that the intakes' outboxes send every event again and the event store takes what it lacks (deploy/README.md).
/// </summary>
public static class DatabaseRestore
{
    /// <summary>Fails in one sentence, before --reset wipes anything, when the file is not a backup of this system.</summary>
    public static void ThrowIfUnusable(AppHostOptions options)
    {
        if (options.RestoreFile is not { } file)
        {
            return;
        }

        var databases = PostgresBackup.ReadManifest(file).Databases;
        if (!databases.Order().SequenceEqual(SystemDatabases.InBackupOrder.Order()))
        {
            throw new AppHostException(
                $"{file} holds the databases {string.Join(", ", databases)}, not those of this system ({string.Join(", ", SystemDatabases.InBackupOrder)}): restore a backup ./backup.sh wrote.");
        }
    }

    public static async Task RunAsync(AppHostOptions options, CancellationToken cancellationToken = default)
    {
        if (options.RestoreFile is not { } file)
        {
            return;
        }

        Console.WriteLine($"--restore: restoring {file} into {options.DataDir}");
        await using var postgres = await PostgresServer.StartAsync(options.ServerDir(SystemDatabases.Server), cancellationToken: cancellationToken);
        foreach (var database in SystemDatabases.InBackupOrder)
        {
            await postgres.EnsureDatabaseAsync(database, cancellationToken);
            if (await PostgresBackup.HoldsTablesAsync(postgres.Port, database, cancellationToken))
            {
                throw new AppHostException(
                    $"--restore needs empty databases, but {database} in {options.DataDir} already holds tables: restore into a new --data-dir (or add --reset to wipe this one).");
            }
        }

        await PostgresBackup.RestoreAsync(postgres.Port, file, line => Console.WriteLine($"--restore: {line}"), cancellationToken);
        foreach (var database in SystemDatabases.InBackupOrder)
        {
            var meldingen = await MarkUnpublishedAsync(postgres.ConnectionString(database), cancellationToken);
            if (meldingen > 0)
            {
                Console.WriteLine($"--restore: {database}: {meldingen} meldingen will be published again (the event store keeps each event once)");
            }
        }

        await postgres.StopAsync();
    }

    /// <summary>
    /// Clears <c>gepubliceerd_op</c> in every intake outbox of the database (<c>&lt;schema&gt;.meldingen</c>, see
    /// Ontwikkelagenda.Intake's IntakeSchema), so its dispatcher republishes each melding's event with its own id.
    /// </summary>
    private static async Task<int> MarkUnpublishedAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString + ";Pooling=false");
        await connection.OpenAsync(cancellationToken);
        var schemas = new List<string>();
        await using (var find = new NpgsqlCommand(
            "select table_schema from information_schema.columns where table_name = 'meldingen' and column_name = 'gepubliceerd_op'", connection))
        await using (var reader = await find.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                schemas.Add(reader.GetString(0));
            }
        }

        var marked = 0;
        foreach (var schema in schemas)
        {
            await using var update = new NpgsqlCommand(
                $"update \"{schema.Replace("\"", "\"\"", StringComparison.Ordinal)}\".meldingen set gepubliceerd_op = null", connection);
            marked += await update.ExecuteNonQueryAsync(cancellationToken);
        }

        return marked;
    }
}

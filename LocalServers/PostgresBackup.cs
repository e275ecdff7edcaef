using System.Formats.Tar;
using System.Globalization;
using System.Text.Json;
using Npgsql;

namespace Ontwikkelagenda.LocalServers;

/// <summary>
/// Backs up databases of a PostgreSQL server into one file, and restores them: a tar of one pg_dump file
/// (custom format) per database plus <see cref="BackupManifest"/>. pg_dump and pg_restore are those of the
/// server's major version, from Debian's packages. Each dump is a consistent snapshot of its database;
/// across databases the order of <c>databases</c> is the only guarantee, so the caller chooses it.
/// </summary>
public static class PostgresBackup
{
    private const string Host = "127.0.0.1";
    private const string User = "postgres";

    /// <summary>Dumps <paramref name="databases"/> in that order into <paramref name="file"/>, which must not exist yet.</summary>
    public static async Task<BackupManifest> WriteAsync(
        int port, IReadOnlyList<string> databases, string file, Action<string> progress, CancellationToken cancellationToken = default)
    {
        if (File.Exists(file))
        {
            throw new BackupException($"{file} already exists: name another file with --out.");
        }

        var (version, major) = await ServerVersionAsync(port, cancellationToken);
        var pgDump = ClientBinary("pg_dump", major);
        var work = Directory.CreateTempSubdirectory("ontwikkelagenda-backup-");
        try
        {
            var manifest = new BackupManifest(BackupManifest.CurrentFormat, DateTimeOffset.UtcNow, version,
                string.Join(" ", await RunAsync(pgDump, ["--version"], "pg_dump --version", cancellationToken)), databases);
            foreach (var database in databases)
            {
                var dump = Path.Combine(work.FullName, BackupManifest.DumpEntryName(database));
                await RunAsync(pgDump, [.. Connection(port), "--format=custom", "--file", dump, database], $"pg_dump of {database}", cancellationToken);
                progress($"{database}: dumped ({new FileInfo(dump).Length.ToString("N0", CultureInfo.InvariantCulture)} bytes)");
            }

            await File.WriteAllTextAsync(Path.Combine(work.FullName, BackupManifest.EntryName),
                JsonSerializer.Serialize(manifest, BackupManifest.Json), cancellationToken);

            // Written beside the target and renamed at the end, so a file of that name is always a whole backup.
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
            var partial = file + ".partial";
            File.Delete(partial);
            await TarFile.CreateFromDirectoryAsync(work.FullName, partial, includeBaseDirectory: false, cancellationToken);
            File.Move(partial, file);
            return manifest;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>The manifest of the backup <paramref name="file"/>, or a <see cref="BackupException"/> when it is not one.</summary>
    public static BackupManifest ReadManifest(string file)
    {
        if (!File.Exists(file))
        {
            throw new BackupException($"There is no backup file {file}: name the file ./backup.sh wrote.");
        }

        try
        {
            using var reader = new TarReader(File.OpenRead(file));
            while (reader.GetNextEntry() is { } entry)
            {
                if (Path.GetFileName(entry.Name) == BackupManifest.EntryName && entry.DataStream is not null
                    && JsonSerializer.Deserialize<BackupManifest>(entry.DataStream, BackupManifest.Json) is { Format: BackupManifest.CurrentFormat } manifest)
                {
                    return manifest;
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or JsonException or EndOfStreamException or FormatException)
        {
            // Not a tar, or not our manifest: said below.
        }

        throw new BackupException($"{file} is not a backup of Ontwikkelagenda (no {BackupManifest.EntryName} of format {BackupManifest.CurrentFormat}): name the file ./backup.sh wrote.");
    }

    /// <summary>
    /// Restores every database of <paramref name="file"/> into the existing, empty database of the same name
    /// (each in one transaction); refuses, changing nothing, when any of them already holds tables.
    /// </summary>
    public static async Task<BackupManifest> RestoreAsync(int port, string file, Action<string> progress, CancellationToken cancellationToken = default)
    {
        var manifest = ReadManifest(file);
        var (_, major) = await ServerVersionAsync(port, cancellationToken);
        var pgRestore = ClientBinary("pg_restore", major);
        foreach (var database in manifest.Databases)
        {
            if (await HoldsTablesAsync(port, database, cancellationToken))
            {
                throw new BackupException(
                    $"Database {database} already holds tables and a backup is restored only into empty databases: restore into a new data directory.");
            }
        }

        var work = Directory.CreateTempSubdirectory("ontwikkelagenda-restore-");
        try
        {
            await TarFile.ExtractToDirectoryAsync(file, work.FullName, overwriteFiles: false, cancellationToken);
            foreach (var database in manifest.Databases)
            {
                var dump = Path.Combine(work.FullName, BackupManifest.DumpEntryName(database));
                await RunAsync(pgRestore, [.. Connection(port), "--dbname", database, "--single-transaction", "--exit-on-error", "--no-owner", dump],
                    $"pg_restore of {database}", cancellationToken);
                progress($"{database}: restored");
            }

            return manifest;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>True when <paramref name="database"/> has a table outside PostgreSQL's own schemas.</summary>
    public static async Task<bool> HoldsTablesAsync(int port, string database, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(PostgresServer.ConnectionStringFor(port, database) + ";Pooling=false");
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "select exists (select 1 from pg_tables where schemaname not in ('pg_catalog', 'information_schema'))", connection);
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    private static string[] Connection(int port) => ["--host", Host, "--port", port.ToString(CultureInfo.InvariantCulture), "--username", User, "--no-password"];

    private static async Task<(string Version, int Major)> ServerVersionAsync(int port, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new NpgsqlConnection(PostgresServer.ConnectionStringFor(port) + ";Pooling=false;Timeout=5");
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand(
                "select current_setting('server_version'), current_setting('server_version_num')::int / 10000", connection);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            return (reader.GetString(0), reader.GetInt32(1));
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            throw new BackupException($"PostgreSQL on {Host}:{port} does not answer ({e.Message}): is the system running?", e);
        }
    }

    // pg_dump refuses a newer server, and pg_restore an archive newer than itself: take those of the server's version.
    private static string ClientBinary(string name, int major)
    {
        var path = Path.Combine(ServerBinaries.PostgresBinDir(major), name);
        return File.Exists(path)
            ? path
            : throw new BackupException($"{name} of PostgreSQL {major} is not installed (no {path}): install the Debian package postgresql-client-{major}.");
    }

    /// <summary>Runs a client program to its end; its output lines are returned, or named in the exception when it fails.</summary>
    private static async Task<IReadOnlyList<string>> RunAsync(string file, IReadOnlyList<string> arguments, string what, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        await using var process = ChildProcess.Start(new ChildProcessOptions
        {
            FileName = file,
            Arguments = arguments,
            Environment = new Dictionary<string, string> { ["PGCONNECT_TIMEOUT"] = "10" },
            Log = line => { lock (lines) lines.Add(line); },
        });
        var exitCode = await process.WaitForExitAndOutputAsync(TimeSpan.FromSeconds(2), cancellationToken);
        lock (lines)
        {
            return exitCode == 0
                ? [.. lines]
                : throw new BackupException($"{what} failed with exit code {exitCode}: {string.Join(" ", lines.TakeLast(3))}");
        }
    }
}

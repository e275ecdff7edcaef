using System.Text.Json;

namespace Ontwikkelagenda.LocalServers.Tests;

/// <summary>./backup.sh and ./run.sh --restore say in one sentence why they cannot work (the whole round trip is an end-to-end test).</summary>
public sealed class AppHostBackupTests : IDisposable
{
    private static readonly string[] SystemDatabases = ["agendadb", "leerplichtdb", "inkoopdb", "ondersteuningdb"];
    // Not CreateTempSubdirectory: its folder is closed to others, and as root PostgreSQL runs as the postgres user.
    private readonly DirectoryInfo scratch = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"ontwikkelagenda-apphost-backup-{Guid.NewGuid():N}"));
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_backup_without_a_running_system_exits_non_zero_with_one_sentence()
    {
        var endpoints = Path.Combine(scratch.FullName, "endpoints.json");

        var (exitCode, output) = await AppHostRun.RunAsync(["backup", "--endpoints-file", endpoints], Cancel);

        Assert.Equal(1, exitCode);
        Assert.Contains($"Ontwikkelagenda is not running: there is no {endpoints} (AppHost writes it once every resource is healthy); "
            + "start it with ./run.sh, or name its file with --endpoints-file.", output);
        Assert.DoesNotContain("   at ", output);
    }

    [Fact]
    public async Task A_backup_whose_endpoints_file_names_a_stopped_postgres_exits_with_one_sentence_and_writes_nothing()
    {
        var port = FreePort.Next();
        var endpoints = Path.Combine(scratch.FullName, "endpoints.json");
        await File.WriteAllTextAsync(endpoints, JsonSerializer.Serialize(new Dictionary<string, string> { ["postgres"] = $"postgresql://postgres@127.0.0.1:{port}" }), Cancel);
        var file = Path.Combine(scratch.FullName, "backup.tar");

        var (exitCode, output) = await AppHostRun.RunAsync(["backup", "--endpoints-file", endpoints, "--out", file], Cancel);

        Assert.Equal(1, exitCode);
        Assert.Contains($"Ontwikkelagenda is not running: PostgreSQL at 127.0.0.1:{port} (from {endpoints}) does not answer", output);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task A_restore_into_a_data_dir_whose_databases_hold_tables_is_refused_in_one_sentence()
    {
        var dataDir = Path.Combine(scratch.FullName, "data");
        var file = Path.Combine(scratch.FullName, "backup.tar");
        await using (var postgres = await PostgresServer.StartAsync(Path.Combine(dataDir, "postgres"), cancellationToken: Cancel))
        {
            foreach (var database in SystemDatabases)
            {
                await postgres.EnsureDatabaseAsync(database, Cancel);
            }

            await PostgresBackup.WriteAsync(postgres.Port, SystemDatabases, file, _ => { }, Cancel);
            await using var connection = new Npgsql.NpgsqlConnection(postgres.ConnectionString("agendadb") + ";Pooling=false");
            await connection.OpenAsync(Cancel);
            await using var create = new Npgsql.NpgsqlCommand("create table earlier (id int)", connection);
            await create.ExecuteNonQueryAsync(Cancel);
        }

        var (exitCode, output) = await AppHostRun.RunAsync(
            ["--restore", file, "--data-dir", dataDir, "--web-port", "0", "--endpoints-file", Path.Combine(scratch.FullName, "endpoints.json")], Cancel);

        Assert.Equal(1, exitCode);
        Assert.Contains($"--restore needs empty databases, but agendadb in {dataDir} already holds tables: "
            + "restore into a new --data-dir (or add --reset to wipe this one).", output);
        Assert.DoesNotContain("   at ", output);
    }

    [Fact]
    public async Task A_restore_of_a_file_that_is_not_a_backup_is_refused_before_the_data_dir_is_touched()
    {
        var file = Path.Combine(scratch.FullName, "notes.txt");
        await File.WriteAllTextAsync(file, "not a backup", Cancel);
        var dataDir = Path.Combine(scratch.FullName, "data");

        var (exitCode, output) = await AppHostRun.RunAsync(["--restore", file, "--data-dir", dataDir, "--reset", "--web-port", "0"], Cancel);

        Assert.Equal(1, exitCode);
        Assert.Contains($"{file} is not a backup of Ontwikkelagenda", output);
        Assert.False(Directory.Exists(dataDir));
    }

    public void Dispose() => scratch.Delete(recursive: true);
}

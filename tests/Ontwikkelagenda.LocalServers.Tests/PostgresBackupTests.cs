using Npgsql;

namespace Ontwikkelagenda.LocalServers.Tests;

/// <summary>A backup file of two databases, written from one real server and restored into another.</summary>
public sealed class PostgresBackupTests(PostgresFixture fixture) : IClassFixture<PostgresFixture>, IDisposable
{
    private readonly PostgresServer source = fixture.Server;
    private readonly DirectoryInfo scratch = Directory.CreateTempSubdirectory("ontwikkelagenda-backup-test-");
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_restored_backup_holds_every_row_and_the_manifest_lists_the_databases_in_dump_order()
    {
        await Fill(source, "backup_a", "a1", "a2");
        await Fill(source, "backup_b", "b1");
        var file = Path.Combine(scratch.FullName, "out", "backup.tar");

        var written = await PostgresBackup.WriteAsync(source.Port, ["backup_b", "backup_a"], file, _ => { }, Cancel);

        Assert.Equal(["backup_b", "backup_a"], written.Databases);
        Assert.Equal(written, PostgresBackup.ReadManifest(file) with { Databases = written.Databases });
        Assert.Equal(["backup_b", "backup_a"], PostgresBackup.ReadManifest(file).Databases);
        Assert.False(File.Exists(file + ".partial"));

        await using var target = await PostgresServer.StartAsync(cancellationToken: Cancel);
        await target.EnsureDatabaseAsync("backup_a", Cancel);
        await target.EnsureDatabaseAsync("backup_b", Cancel);
        var lines = new List<string>();
        await PostgresBackup.RestoreAsync(target.Port, file, lines.Add, Cancel);

        Assert.Equal(["a1", "a2"], await Rows(target, "backup_a"));
        Assert.Equal(["b1"], await Rows(target, "backup_b"));
        Assert.Equal(["backup_b: restored", "backup_a: restored"], lines);
    }

    [Fact]
    public async Task A_restore_into_a_database_that_holds_tables_is_refused_before_anything_is_restored()
    {
        await Fill(source, "refuse_a", "a1");
        await Fill(source, "refuse_b", "b1");
        var file = Path.Combine(scratch.FullName, "refuse.tar");
        await PostgresBackup.WriteAsync(source.Port, ["refuse_a", "refuse_b"], file, _ => { }, Cancel);
        await using var target = await PostgresServer.StartAsync(cancellationToken: Cancel);
        await target.EnsureDatabaseAsync("refuse_a", Cancel);
        await Fill(target, "refuse_b", "already here");

        var refused = await Assert.ThrowsAsync<BackupException>(() => PostgresBackup.RestoreAsync(target.Port, file, _ => { }, Cancel));

        Assert.Equal("Database refuse_b already holds tables and a backup is restored only into empty databases: restore into a new data directory.", refused.Message);
        Assert.False(await PostgresBackup.HoldsTablesAsync(target.Port, "refuse_a", Cancel));
        Assert.Equal(["already here"], await Rows(target, "refuse_b"));
    }

    [Fact]
    public async Task A_file_that_is_not_a_backup_and_an_existing_target_are_refused_in_one_sentence()
    {
        var notABackup = Path.Combine(scratch.FullName, "notes.txt");
        await File.WriteAllTextAsync(notABackup, "not a tar", Cancel);

        var unreadable = Assert.Throws<BackupException>(() => PostgresBackup.ReadManifest(notABackup));
        var existing = await Assert.ThrowsAsync<BackupException>(() => PostgresBackup.WriteAsync(source.Port, ["postgres"], notABackup, _ => { }, Cancel));

        Assert.Equal($"{notABackup} is not a backup of Ontwikkelagenda (no manifest.json of format ontwikkelagenda-backup/1): name the file ./backup.sh wrote.", unreadable.Message);
        Assert.Equal($"{notABackup} already exists: name another file with --out.", existing.Message);
        Assert.Equal("not a tar", await File.ReadAllTextAsync(notABackup, Cancel));
    }

    public void Dispose() => scratch.Delete(recursive: true);

    private static async Task Fill(PostgresServer server, string database, params string[] values)
    {
        await server.EnsureDatabaseAsync(database, Cancel);
        await using var connection = new NpgsqlConnection(server.ConnectionString(database));
        await connection.OpenAsync(Cancel);
        await using var create = new NpgsqlCommand("create schema if not exists kept; create table if not exists kept.rows (value text primary key)", connection);
        await create.ExecuteNonQueryAsync(Cancel);
        foreach (var value in values)
        {
            await using var insert = new NpgsqlCommand("insert into kept.rows values (@value) on conflict do nothing", connection);
            insert.Parameters.AddWithValue("value", value);
            await insert.ExecuteNonQueryAsync(Cancel);
        }
    }

    private static async Task<List<string>> Rows(PostgresServer server, string database)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString(database));
        await connection.OpenAsync(Cancel);
        await using var select = new NpgsqlCommand("select value from kept.rows order by value", connection);
        await using var reader = await select.ExecuteReaderAsync(Cancel);
        var rows = new List<string>();
        while (await reader.ReadAsync(Cancel))
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}

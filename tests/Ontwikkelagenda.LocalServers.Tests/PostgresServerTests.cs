using Npgsql;
using System.Globalization;

namespace Ontwikkelagenda.LocalServers.Tests;

public sealed class PostgresServerTests(PostgresFixture fixture) : IClassFixture<PostgresFixture>
{
    private readonly PostgresServer server = fixture.Server;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Accepts_connections_on_the_free_port_it_was_given()
    {
        Assert.NotEqual(5432, server.Port);
        await using var connection = new NpgsqlConnection(server.ConnectionString());
        await connection.OpenAsync(Cancel);
        await using var version = new NpgsqlCommand("SELECT current_setting('port')", connection);
        Assert.Equal(server.Port.ToString(CultureInfo.InvariantCulture), await version.ExecuteScalarAsync(Cancel));
    }

    [Fact]
    public async Task EnsureDatabase_creates_a_database_and_is_harmless_when_it_exists()
    {
        await server.EnsureDatabaseAsync("agendadb_test", Cancel);
        await server.EnsureDatabaseAsync("agendadb_test", Cancel);

        await using var connection = new NpgsqlConnection(server.ConnectionString("agendadb_test"));
        await connection.OpenAsync(Cancel);
        Assert.Equal("agendadb_test", connection.Database);
    }

    [Fact]
    public async Task Keeps_a_table_row_through_a_stop_and_start_on_the_same_data_dir()
    {
        await Execute("CREATE TABLE IF NOT EXISTS kept (id int PRIMARY KEY); INSERT INTO kept VALUES (42) ON CONFLICT DO NOTHING");

        await server.StopAsync();
        await server.StartAsync(Cancel);
        NpgsqlConnection.ClearAllPools(); // pooled connections died with the old server

        await using var connection = new NpgsqlConnection(server.ConnectionString());
        await connection.OpenAsync(Cancel);
        await using var select = new NpgsqlCommand("SELECT id FROM kept", connection);
        Assert.Equal(42, await select.ExecuteScalarAsync(Cancel));
    }

    [Fact]
    public async Task Stopping_leaves_no_process_behind()
    {
        var pid = server.Process!.Id;
        await Execute("SELECT 1"); // a pooled connection stays open: the stop must not wait for it

        await server.StopAsync();

        Assert.False(ProcessTable.IsRunning(pid));
        Assert.Empty(ProcessTable.CommandLinesContaining(server.DataDir));
        await server.StartAsync(Cancel);
        NpgsqlConnection.ClearAllPools();
    }

    private async Task Execute(string sql)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString());
        await connection.OpenAsync(Cancel);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Cancel);
    }
}

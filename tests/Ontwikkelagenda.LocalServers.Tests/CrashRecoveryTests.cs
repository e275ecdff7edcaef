using Npgsql;

namespace Ontwikkelagenda.LocalServers.Tests;

public sealed class CrashRecoveryTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_start_on_a_data_dir_an_orphaned_server_still_holds_ends_that_server_first()
    {
        var dataDir = Path.Combine(Path.GetTempPath(), $"ontwikkelagenda-orphan-{Guid.NewGuid():N}");
        // Stands in for a server whose launcher died with SIGKILL: it is never stopped.
        var orphan = await PostgresServer.StartAsync(dataDir, cancellationToken: Cancel);
        var orphanPid = orphan.Process!.Id;

        var next = await PostgresServer.StartAsync(dataDir, cancellationToken: Cancel);

        Assert.False(ProcessTable.IsRunning(orphanPid));
        await using (var connection = new NpgsqlConnection(next.ConnectionString() + ";Pooling=false"))
        {
            await connection.OpenAsync(Cancel);
        }

        await next.StopAsync();
        await orphan.StopAsync();
        Directory.Delete(dataDir, recursive: true);
    }
}

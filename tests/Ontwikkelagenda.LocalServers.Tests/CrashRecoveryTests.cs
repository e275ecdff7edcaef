using Npgsql;

namespace Ontwikkelagenda.LocalServers.Tests;

public sealed class CrashRecoveryTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_start_after_the_launcher_was_killed_ends_the_redis_it_left_and_starts_cleanly()
    {
        var dataDir = NewDataDir();
        try
        {
            await using var launcher = await LauncherProcess.StartRedisAsync(dataDir, Cancel);
            Assert.Equal("+OK\r\n", await RedisClient.SendAsync(launcher.RedisPort, "SET before-crash 1", Cancel));

            // The crash: SIGKILL gives the launcher no chance to stop its Redis, which keeps running.
            await launcher.KillAsync();
            Assert.False(ProcessTable.IsRunning(launcher.Pid));
            Assert.True(ProcessTable.IsRunning(launcher.RedisPid));

            var log = new List<string>();
            await using var next = new RedisServer(dataDir, log: line => { lock (log) { log.Add(line); } });
            await next.StartAsync(Cancel);

            Assert.False(ProcessTable.IsRunning(launcher.RedisPid));
            Assert.Contains($"Ended Redis processes a crashed earlier run left on {dataDir}.", log);
            Assert.NotEqual(launcher.RedisPid, next.Process!.Id);
            Assert.Equal("+PONG\r\n", await RedisClient.SendAsync(next.Port, "PING", Cancel));

            await next.StopAsync();
            Assert.Empty(ProcessTable.CommandLinesContaining(dataDir));
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    [Fact]
    public async Task A_start_on_a_data_dir_another_running_launcher_serves_throws_one_sentence_and_leaves_its_server_running()
    {
        var dataDir = NewDataDir();
        try
        {
            await using var launcher = await LauncherProcess.StartRedisAsync(dataDir, Cancel);

            await using (var second = new RedisServer(dataDir))
            {
                var error = await Assert.ThrowsAsync<DataDirInUseException>(() => second.StartAsync(Cancel));

                Assert.Equal(
                    $"Another process (pid {launcher.Pid}) is running the servers of {dataDir}: stop it first, or start with another --data-dir.",
                    error.Message);
                Assert.Null(second.Process);
            }

            Assert.True(ProcessTable.IsRunning(launcher.RedisPid));
            Assert.Equal("+PONG\r\n", await RedisClient.SendAsync(launcher.RedisPort, "PING", Cancel));

            Assert.Equal(0, await launcher.StopAsync());
            Assert.False(ProcessTable.IsRunning(launcher.RedisPid));
            Assert.Empty(ProcessTable.CommandLinesContaining(dataDir));
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    [Fact]
    public async Task A_second_start_by_the_same_launcher_ends_the_server_its_first_start_left_running()
    {
        var dataDir = NewDataDir();
        // Started by this process and never stopped: the data dir's owner is the one starting again,
        // so the earlier server is ended rather than refused (DataDirInUseException is for other launchers).
        var earlier = await PostgresServer.StartAsync(dataDir, cancellationToken: Cancel);
        var earlierPid = earlier.Process!.Id;

        var next = await PostgresServer.StartAsync(dataDir, cancellationToken: Cancel);

        Assert.False(ProcessTable.IsRunning(earlierPid));
        await using (var connection = new NpgsqlConnection(next.ConnectionString() + ";Pooling=false"))
        {
            await connection.OpenAsync(Cancel);
        }

        await next.StopAsync();
        await earlier.StopAsync();
        Directory.Delete(dataDir, recursive: true);
    }

    private static string NewDataDir() => Path.Combine(Path.GetTempPath(), $"ontwikkelagenda-crash-{Guid.NewGuid():N}");
}

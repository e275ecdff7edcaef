using System.Diagnostics;

namespace Ontwikkelagenda.LocalServers.Tests;

/// <summary>
/// This test assembly run as a separate launcher process (<see cref="Program.OwnRedis"/>) that
/// starts Redis on a data dir, so that data dir is owned by another process than the test run.
/// </summary>
internal sealed class LauncherProcess : IAsyncDisposable
{
    private readonly Process process;

    private LauncherProcess(Process process, int redisPid, int redisPort)
    {
        this.process = process;
        RedisPid = redisPid;
        RedisPort = redisPort;
    }

    public int Pid => process.Id;

    public int RedisPid { get; }

    public int RedisPort { get; }

    public static async Task<LauncherProcess> StartRedisAsync(string dataDir, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo("dotnet", ["exec", typeof(Program).Assembly.Location, Program.OwnRedis, dataDir])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        var process = Process.Start(startInfo)!;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(60));
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token)
                ?? throw new InvalidOperationException($"The launcher exited before Redis was ready (exit code {await ExitCodeAsync(process)}).");
            var parts = line.Split(' ');
            if (parts is not ["ready", var pid, var port])
            {
                throw new InvalidOperationException($"Unexpected launcher output: {line}");
            }

            return new LauncherProcess(process, int.Parse(pid), int.Parse(port));
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            process.Dispose();
            throw;
        }
    }

    /// <summary>Crashes the launcher: SIGKILL, so it cannot stop its Redis. Returns once it is reaped.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: false);
        await process.WaitForExitAsync(CancellationToken.None);
    }

    /// <summary>Lets the launcher stop its Redis cleanly and exit; returns its exit code.</summary>
    public async Task<int> StopAsync()
    {
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode;
    }

    /// <summary>Leaves nothing behind, whatever state a failed test left: launcher and its Redis end.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }

        // Redis runs in its own session, outside the launcher's process tree.
        if (ProcessTable.IsRunning(RedisPid) && File.ReadAllText($"/proc/{RedisPid}/cmdline").Contains("redis-server"))
        {
            try
            {
                using var redis = Process.GetProcessById(RedisPid);
                redis.Kill();
                await redis.WaitForExitAsync(CancellationToken.None);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException)
            {
                // Gone in the meantime.
            }
        }

        process.Dispose();
    }

    private static async Task<int> ExitCodeAsync(Process process)
    {
        await process.WaitForExitAsync(CancellationToken.None);
        return process.ExitCode;
    }
}

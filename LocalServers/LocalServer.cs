using System.Diagnostics;

namespace Ontwikkelagenda.LocalServers;

/// <summary>
/// A server from a Debian package run as a child process on 127.0.0.1, with its data in a folder
/// that survives a stop and start. Start, stop and start again on the same data dir keeps the data.
/// </summary>
/// <remarks>
/// Typical use in a test fixture:
/// <code>
/// var postgres = await PostgresServer.StartAsync();          // temporary data dir, free port
/// var cs = postgres.ConnectionString("postgres");
/// await postgres.DisposeAsync();                              // stops it and deletes the temporary dir
/// </code>
/// </remarks>
public abstract class LocalServer : IAsyncDisposable
{
    private readonly bool ownsDataDir;

    /// <param name="displayName">Name for messages, e.g. "PostgreSQL".</param>
    /// <param name="dataDir">Folder for its data; null for a temporary one deleted on dispose.</param>
    /// <param name="port">Port to listen on; 0 for a free one.</param>
    /// <param name="log">Receives every output line of the server.</param>
    protected LocalServer(string displayName, string? dataDir, int port, Action<string>? log)
    {
        DisplayName = displayName;
        ownsDataDir = dataDir is null;
        DataDir = Path.GetFullPath(dataDir ?? Path.Combine(Path.GetTempPath(), $"ontwikkelagenda-{displayName.ToLowerInvariant()}-{Guid.NewGuid():N}"));
        Port = FreePort.Resolve(port, $"choose another {displayName} port");
        Log = log;
    }

    /// <summary>Name for messages, e.g. "PostgreSQL".</summary>
    public string DisplayName { get; }

    /// <summary>The folder holding the server's data.</summary>
    public string DataDir { get; }

    /// <summary>The port the server listens on at 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>How long the last start took until the server was healthy.</summary>
    public TimeSpan StartupTime { get; private set; }

    /// <summary>How long to wait for the server to become healthy.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>The server process while it runs; null when stopped.</summary>
    public ChildProcess? Process { get; private set; }

    /// <summary>A URL describing where to connect, for tables and endpoints.json.</summary>
    public abstract string ConnectionUrl { get; }

    /// <summary>Receives every output line of the server.</summary>
    protected Action<string>? Log { get; }

    /// <summary>Starts the server and waits until it is healthy. Does nothing when it already runs.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (Process is { HasExited: false })
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        await PrepareAsync(cancellationToken);
        Process = ChildProcess.Start(CreateProcess());
        try
        {
            await WaitUntilHealthyAsync(Process, cancellationToken);
        }
        catch
        {
            await StopAsync();
            throw;
        }

        StartupTime = clock.Elapsed;
    }

    /// <summary>Stops the server cleanly (SIGKILL only when it does not stop in time). Its data stays.</summary>
    public virtual async Task StopAsync()
    {
        if (Process is { } process)
        {
            await process.StopAsync(StopGrace, StopSignal);
            Process = null;
        }

        await AfterStopAsync();
    }

    /// <summary>Stops the server; deletes the data dir when it was a temporary one.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (ownsDataDir && Directory.Exists(DataDir))
        {
            Directory.Delete(DataDir, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>The signal that asks this server to shut down cleanly.</summary>
    protected virtual int StopSignal => NativeMethods.SigTerm;

    /// <summary>How long a clean shutdown may take before SIGKILL.</summary>
    protected virtual TimeSpan StopGrace => TimeSpan.FromSeconds(8);

    /// <summary>Creates folders and files the server needs before its process starts.</summary>
    protected abstract Task PrepareAsync(CancellationToken cancellationToken);

    /// <summary>The server process to start.</summary>
    protected abstract ChildProcessOptions CreateProcess();

    /// <summary>True when the server answers like a working server (not merely an open port).</summary>
    protected abstract Task<bool> IsHealthyAsync(CancellationToken cancellationToken);

    /// <summary>Cleans up helper processes once the server has stopped.</summary>
    protected virtual Task AfterStopAsync() => Task.CompletedTask;

    /// <summary>Throws when a helper step (initdb, ...) did not exit with 0.</summary>
    internal static async Task RunToCompletionAsync(ChildProcessOptions options, string what, CancellationToken cancellationToken)
    {
        await using var step = ChildProcess.Start(options);
        var exitCode = await step.WaitForExitAndOutputAsync(TimeSpan.FromSeconds(2), cancellationToken);
        if (exitCode != 0)
        {
            throw new ServerStartException($"{what} failed with exit code {exitCode}.", step.LastOutput);
        }
    }

    private async Task WaitUntilHealthyAsync(ChildProcess process, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StartTimeout);
        while (true)
        {
            if (process.HasExited)
            {
                var exitCode = await process.WaitForExitAndOutputAsync(TimeSpan.FromSeconds(2), cancellationToken);
                throw new ServerStartException($"{DisplayName} exited with code {exitCode} while starting.", process.LastOutput);
            }

            try
            {
                if (await IsHealthyAsync(timeout.Token))
                {
                    return;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(250), timeout.Token);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new ServerStartException(
                    $"{DisplayName} did not become healthy within {StartTimeout.TotalSeconds:0} seconds.", process.LastOutput);
            }
        }
    }
}

using System.Diagnostics;
using System.Text.Json;

namespace Ontwikkelagenda.EndToEndTests;

/// <summary>
/// The whole system as a user starts it: the built AppHost, on its own data directory and
/// free ports (never those of an AppHost a developer has running).
/// </summary>
internal sealed class AppHostProcess
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);

    private readonly string _dataDir;
    private readonly string _endpointsFile;
    private readonly StreamWriter _log;
    private Process? _process;

    public AppHostProcess(string dataDir, string logFile)
    {
        _dataDir = dataDir;
        _endpointsFile = Path.Combine(Path.GetTempPath(), $"ontwikkelagenda-e2e-endpoints-{Guid.NewGuid():N}.json");
        _log = new StreamWriter(logFile, append: true) { AutoFlush = true };
    }

    public IReadOnlyDictionary<string, string> Endpoints { get; private set; } = new Dictionary<string, string>();

    public int ProcessId => _process?.Id ?? throw new InvalidOperationException("AppHost is not running.");

    public Uri Url(string resource) => new(Endpoints[resource]);

    public async Task StartAsync()
    {
        if (!File.Exists(RepositoryPaths.AppHostDll))
            throw new InvalidOperationException($"AppHost is not built ({RepositoryPaths.AppHostDll}); run ./test.sh.");
        File.Delete(_endpointsFile);

        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryPaths.Root,
        };
        foreach (var arg in new[] { RepositoryPaths.AppHostDll, "--data-dir", _dataDir, "--web-port", "0", "--endpoints-file", _endpointsFile })
            start.ArgumentList.Add(arg);
        // Inherited by Leerplicht.Api: look for cases past three months every 2 s instead of every minute, so that
        // a deadline announcement shows within a test's wait.
        start.Environment["Leerplicht__TermijnInterval"] = "00:00:02";

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) Log(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Log(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow + StartTimeout;
        while (!File.Exists(_endpointsFile))
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"AppHost exited with code {_process.ExitCode} before it was healthy; see {RepositoryPaths.Artifacts}.");
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"AppHost was not healthy within {StartTimeout}; see {RepositoryPaths.Artifacts}.");
            await Task.Delay(250);
        }

        // The file may be seen before it is completely written.
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                Endpoints = JsonSerializer.Deserialize<Dictionary<string, string>>(await File.ReadAllTextAsync(_endpointsFile))!;
                return;
            }
            catch (JsonException) when (attempt < 20)
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>Sends SIGTERM, as Ctrl+C or a service manager would, and waits for AppHost to exit.</summary>
    public async Task<bool> StopAsync(TimeSpan within)
    {
        if (_process is null || _process.HasExited) return true;
        ProcessTree.Terminate(_process.Id);
        using var timeout = new CancellationTokenSource(within);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            return false;
        }
    }

    private void Log(string line)
    {
        lock (_log) _log.WriteLine(line);
    }
}

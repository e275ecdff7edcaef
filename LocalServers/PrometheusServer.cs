using System.Net.Http;

namespace Ontwikkelagenda.LocalServers;

/// <summary>
/// Prometheus from Debian's prometheus package, run as the current user with its configuration
/// (<c>prometheus.yml</c>, written into the data dir by the caller before the start) and its TSDB
/// in the data dir. Healthy once <c>/-/ready</c> answers 200.
/// </summary>
public sealed class PrometheusServer : LocalServer
{
    /// <summary>The configuration file Prometheus reads; relative paths in it resolve against the data dir.</summary>
    public const string ConfigFileName = "prometheus.yml";

    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(2) };
    private readonly string binary;

    /// <param name="dataDir">Folder for the configuration and the TSDB; null for a temporary one.</param>
    /// <param name="port">Port of the web UI and API; 0 for a free one.</param>
    /// <param name="log">Receives every output line of prometheus.</param>
    public PrometheusServer(string? dataDir = null, int port = 0, Action<string>? log = null)
        : base("Prometheus", dataDir, port, log)
    {
        binary = ServerBinaries.Find("prometheus")
            ?? throw new ServerMissingException("Prometheus", "prometheus", "prometheus");
    }

    /// <summary>The path of the configuration file in the data dir.</summary>
    public string ConfigFile => Path.Combine(DataDir, ConfigFileName);

    /// <inheritdoc />
    public override string ConnectionUrl => $"http://127.0.0.1:{Port}";

    /// <inheritdoc />
    protected override Task PrepareAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.Combine(DataDir, "tsdb"));
        if (!File.Exists(ConfigFile))
        {
            throw new ServerStartException($"Prometheus needs {ConfigFile}; write it before the start.", []);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    protected override ChildProcessOptions CreateProcess() => new()
    {
        FileName = binary,
        Arguments =
        [
            $"--config.file={ConfigFile}",
            $"--storage.tsdb.path={Path.Combine(DataDir, "tsdb")}",
            "--storage.tsdb.retention.time=7d",
            $"--web.listen-address=127.0.0.1:{Port}",
            // POST /-/reload after the scrape targets change.
            "--web.enable-lifecycle",
            // Start-up chatter would drown the services in the console; warnings and errors still show.
            "--log.level=warn",
        ],
        WorkingDirectory = DataDir,
        Log = Log,
    };

    /// <inheritdoc />
    protected override async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await Http.GetAsync($"{ConnectionUrl}/-/ready", cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}

namespace Ontwikkelagenda.LocalServers;

/// <summary>
/// How Prometheus from Debian's prometheus package runs: as the current user, with its configuration
/// (<c>prometheus.yml</c>, copied into the data dir before the start) and its TSDB in the data dir.
/// Healthy once <c>/-/ready</c> answers 200.
/// </summary>
public static class PrometheusServer
{
    /// <summary>The configuration file Prometheus reads; relative paths in it resolve against the data dir.</summary>
    public const string ConfigFileName = "prometheus.yml";

    /// <summary>The path that answers 200 once Prometheus serves queries.</summary>
    public const string ReadyPath = "/-/ready";

    /// <summary>prometheus, or <see cref="ServerMissingException"/>.</summary>
    public static string FindBinary() =>
        ServerBinaries.Find("prometheus") ?? throw new ServerMissingException("Prometheus", "prometheus", "prometheus");

    /// <summary>The command line: config and TSDB in <paramref name="dataDir"/>, API on loopback, reloadable.</summary>
    public static IReadOnlyList<string> Arguments(string dataDir, string port) =>
    [
        $"--config.file={Path.Combine(dataDir, ConfigFileName)}",
        $"--storage.tsdb.path={Path.Combine(dataDir, "tsdb")}",
        "--storage.tsdb.retention.time=7d",
        $"--web.listen-address=127.0.0.1:{port}",
        // POST /-/reload after the scrape targets change.
        "--web.enable-lifecycle",
        // Start-up chatter would drown the services in the log; warnings and errors still show.
        "--log.level=warn",
    ];
}

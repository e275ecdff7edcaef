namespace Ontwikkelagenda.LocalServers;

/// <summary>
/// How Grafana from Grafana's own Debian packages (it is not in Debian) runs: as the current user with its
/// database in the data dir, provisioned from a folder whose files refer to <c>${PROMETHEUS_URL}</c> and
/// <c>${GRAFANA_DASHBOARDS}</c>. Anonymous users may view. Healthy once /api/health answers 200.
/// </summary>
public static class GrafanaServer
{
    private const string HomePath = "/usr/share/grafana";

    /// <summary>The path that answers 200 once Grafana serves.</summary>
    public const string HealthPath = "/api/health";

    /// <summary>True when grafana-server is installed.</summary>
    public static bool IsInstalled => Binary is not null;

    /// <summary>grafana-server, or <see cref="ServerMissingException"/>.</summary>
    public static string FindBinary() =>
        Binary ?? throw new ServerMissingException("Grafana", "grafana-server", "grafana (from https://apt.grafana.com)");

    /// <summary>The command line.</summary>
    public static IReadOnlyList<string> Arguments { get; } = ["--homepath", HomePath];

    /// <summary>Creates the folders Grafana writes to.</summary>
    public static void PrepareDataDir(string dataDir)
    {
        Directory.CreateDirectory(Path.Combine(dataDir, "logs"));
        Directory.CreateDirectory(Path.Combine(dataDir, "plugins"));
    }

    /// <summary>The environment: loopback on <paramref name="port"/>, data in <paramref name="dataDir"/>, the repo's provisioning.</summary>
    public static IReadOnlyDictionary<string, string> Environment(
        string dataDir, string port, string provisioningDir, string dashboardsDir, string prometheusUrl) => new Dictionary<string, string>
    {
        ["GF_SERVER_HTTP_ADDR"] = "127.0.0.1",
        ["GF_SERVER_HTTP_PORT"] = port,
        ["GF_PATHS_DATA"] = dataDir,
        ["GF_PATHS_LOGS"] = Path.Combine(dataDir, "logs"),
        ["GF_PATHS_PLUGINS"] = Path.Combine(dataDir, "plugins"),
        ["GF_PATHS_PROVISIONING"] = provisioningDir,
        ["GF_AUTH_ANONYMOUS_ENABLED"] = "true",
        ["GF_AUTH_ANONYMOUS_ORG_ROLE"] = "Viewer",
        ["GF_ANALYTICS_REPORTING_ENABLED"] = "false",
        ["GF_ANALYTICS_CHECK_FOR_UPDATES"] = "false",
        // The provisioning files refer to these.
        ["PROMETHEUS_URL"] = prometheusUrl,
        ["GRAFANA_DASHBOARDS"] = dashboardsDir,
    };

    private static string? Binary => ServerBinaries.Find("grafana-server", Path.Combine(HomePath, "bin"));
}

using System.Net.Http;

namespace Ontwikkelagenda.LocalServers;

/// <summary>
/// Grafana from Grafana's own Debian packages (it is not in Debian), run as the current user with
/// its database in the data dir, provisioned from <c>provisioningDir</c>; <c>environment</c> fills the
/// <c>${VAR}</c> references in the provisioning files. Anonymous users may view. Healthy once /api/health answers 200.
/// </summary>
public sealed class GrafanaServer : LocalServer
{
    private const string HomePath = "/usr/share/grafana";
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(2) };
    private readonly string binary;
    private readonly string provisioningDir;
    private readonly IReadOnlyDictionary<string, string> environment;

    /// <param name="provisioningDir">Folder with datasources/ and dashboards/ provisioning files.</param>
    /// <param name="environment">Variables the provisioning files refer to as <c>${VAR}</c>.</param>
    /// <param name="dataDir">Folder for Grafana's database and logs; null for a temporary one.</param>
    /// <param name="port">Port of the web UI; 0 for a free one.</param>
    /// <param name="log">Receives every output line of grafana-server.</param>
    public GrafanaServer(string provisioningDir, IReadOnlyDictionary<string, string> environment, string? dataDir = null, int port = 0, Action<string>? log = null)
        : base("Grafana", dataDir, port, log)
    {
        this.provisioningDir = provisioningDir;
        this.environment = environment;
        binary = Binary ?? throw new ServerMissingException("Grafana", "grafana-server", "grafana (from https://apt.grafana.com)");
    }

    /// <summary>True when grafana-server is installed.</summary>
    public static bool IsInstalled => Binary is not null;

    private static string? Binary => ServerBinaries.Find("grafana-server", Path.Combine(HomePath, "bin"));

    /// <inheritdoc />
    public override string ConnectionUrl => $"http://127.0.0.1:{Port}";

    /// <inheritdoc />
    protected override Task PrepareAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.Combine(DataDir, "logs"));
        Directory.CreateDirectory(Path.Combine(DataDir, "plugins"));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    protected override ChildProcessOptions CreateProcess() => new()
    {
        FileName = binary,
        Arguments = ["--homepath", HomePath],
        Environment = new Dictionary<string, string>(environment)
        {
            ["GF_SERVER_HTTP_ADDR"] = "127.0.0.1",
            ["GF_SERVER_HTTP_PORT"] = Port.ToString(),
            ["GF_PATHS_DATA"] = DataDir,
            ["GF_PATHS_LOGS"] = Path.Combine(DataDir, "logs"),
            ["GF_PATHS_PLUGINS"] = Path.Combine(DataDir, "plugins"),
            ["GF_PATHS_PROVISIONING"] = provisioningDir,
            ["GF_AUTH_ANONYMOUS_ENABLED"] = "true",
            ["GF_AUTH_ANONYMOUS_ORG_ROLE"] = "Viewer",
            ["GF_ANALYTICS_REPORTING_ENABLED"] = "false",
            ["GF_ANALYTICS_CHECK_FOR_UPDATES"] = "false",
        },
        WorkingDirectory = DataDir,
        Log = Log,
    };

    /// <inheritdoc />
    protected override async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await Http.GetAsync($"{ConnectionUrl}/api/health", cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}

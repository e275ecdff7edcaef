using Ontwikkelagenda.LocalServers;

namespace Ontwikkelagenda.AppHost;

/// <summary>
/// Grafana, provisioned from <c>deploy/grafana/</c>: the Prometheus data source and the dashboards.
/// Only added when grafana-server is installed (Grafana is not in Debian).
/// </summary>
public sealed class GrafanaResource : ServerResource<GrafanaServer>
{
    private readonly string dataDir;
    private readonly string repoRoot;
    private readonly PrometheusResource prometheus;

    public GrafanaResource(string name, string dataDir, string repoRoot, PrometheusResource prometheus, ResourceConsole console)
        : base(name, console)
    {
        this.dataDir = dataDir;
        this.repoRoot = repoRoot;
        this.prometheus = prometheus;
        AddWaitFor(prometheus);
    }

    // The provisioning files refer to these as ${PROMETHEUS_URL} and ${GRAFANA_DASHBOARDS}.
    protected override GrafanaServer Create(Action<string> log) => new(
        Path.Combine(repoRoot, "deploy", "grafana", "provisioning"),
        new Dictionary<string, string>
        {
            ["PROMETHEUS_URL"] = prometheus.ApiUrl,
            ["GRAFANA_DASHBOARDS"] = Path.Combine(repoRoot, "deploy", "grafana", "dashboards"),
        },
        dataDir, 0, log);
}

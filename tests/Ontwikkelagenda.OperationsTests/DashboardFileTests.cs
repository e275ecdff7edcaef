using System.Text.Json.Nodes;

namespace Ontwikkelagenda.OperationsTests;

/// <summary>The dashboards as Grafana provisions them: unique ids, the provisioned data source, the four views the operators need.</summary>
public sealed class DashboardFileTests
{
    private static readonly JsonNode[] Dashboards =
        Directory.GetFiles(DeployFiles.DashboardsDir, "*.json").Select(f => JsonNode.Parse(File.ReadAllText(f))!).ToArray();

    [Fact]
    public void The_four_dashboards_exist_with_unique_uids()
    {
        var titles = Dashboards.Select(d => (string)d["title"]!).Order().ToArray();

        Assert.Equal(["Event flow", "Ontwikkelagenda KPIs", "Orleans cluster", "Services"], titles);
        Assert.Equal(Dashboards.Length, Dashboards.Select(d => (string)d["uid"]!).Distinct().Count());
    }

    [Fact]
    public void Every_panel_uses_the_provisioned_Prometheus_data_source()
    {
        var provisioned = File.ReadAllText(Path.Combine(DeployFiles.Deploy, "grafana", "provisioning", "datasources", "prometheus.yml"));
        Assert.Contains("uid: prometheus", provisioned);

        var others = Dashboards
            .SelectMany(d => d["panels"]!.AsArray(), (d, p) => $"{d["title"]} / {p!["title"]}: {p["datasource"]?["uid"]}")
            .Where(p => !p.EndsWith(": prometheus", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(others);
    }

    [Fact]
    public void Panels_do_not_overlap()
    {
        foreach (var dashboard in Dashboards)
        {
            var cells = new HashSet<(int, int)>();
            foreach (var panel in dashboard["panels"]!.AsArray())
            {
                var pos = panel!["gridPos"]!;
                for (var x = (int)pos["x"]!; x < (int)pos["x"]! + (int)pos["w"]!; x++)
                {
                    for (var y = (int)pos["y"]!; y < (int)pos["y"]! + (int)pos["h"]!; y++)
                    {
                        Assert.True(cells.Add((x, y)), $"{dashboard["title"]} / {panel["title"]} overlaps another panel");
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData("sum by (service) (rate(http_server_request_duration_seconds_count{service=~\"$service\",http_route!~\"/health\"}[5m]))", new[] { "http_server_request_duration_seconds_count" })]
    [InlineData("histogram_quantile(0.95, sum by (le) (rate(a_bucket[5m]))) > 30", new[] { "a_bucket" })]
    [InlineData("max by (gemeente) (x) > max by (gemeente) (x offset 1h)", new[] { "x" })]
    [InlineData("sum(y{queue=~\".+_error\"}) or vector(0)", new[] { "y" })]
    public void The_metric_names_of_a_query_are_found(string expr, string[] expected)
    {
        Assert.Equal(expected.Order(), PromQl.MetricNames(expr).Order());
    }
}

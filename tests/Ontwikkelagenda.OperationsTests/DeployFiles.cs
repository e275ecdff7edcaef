using System.Text.Json.Nodes;
using Ontwikkelagenda.EndToEndTests;
using YamlDotNet.RepresentationModel;

namespace Ontwikkelagenda.OperationsTests;

/// <summary>The dashboards and alert rules under deploy/, read as they are, so a new panel or rule is checked too.</summary>
public static class DeployFiles
{
    public static string Deploy => Path.Combine(RepositoryPaths.Root, "deploy");

    public static string PrometheusDir => Path.Combine(Deploy, "prometheus");

    public static string AlertsFile => Path.Combine(PrometheusDir, "alerts.yml");

    public static string AlertTestsFile => Path.Combine(PrometheusDir, "alerts.test.yml");

    public static string DashboardsDir => Path.Combine(Deploy, "grafana", "dashboards");

    public static string KubernetesDir => Path.Combine(Deploy, "kubernetes");

    /// <summary>Every query of every panel: "dashboard / panel / refId" and the PromQL expression.</summary>
    public static IReadOnlyList<(string Name, string Expr)> PanelQueries()
    {
        var queries = new List<(string, string)>();
        foreach (var file in Directory.GetFiles(DashboardsDir, "*.json").Order())
        {
            var dashboard = JsonNode.Parse(File.ReadAllText(file))!;
            foreach (var panel in Panels(dashboard))
            {
                foreach (var target in panel["targets"]!.AsArray())
                {
                    queries.Add(($"{dashboard["title"]} / {panel["title"]} / {target!["refId"]}", (string)target["expr"]!));
                }
            }
        }

        return queries;
    }

    /// <summary>The template variables' queries (label_values(...)), which Grafana runs too.</summary>
    public static IReadOnlyList<(string Name, string Query)> VariableQueries() =>
        Directory.GetFiles(DashboardsDir, "*.json").Order()
            .Select(file => JsonNode.Parse(File.ReadAllText(file))!)
            .SelectMany(d => d["templating"]?["list"]?.AsArray() ?? [], (d, v) => ($"{d["title"]} / ${v!["name"]}", (string)v["definition"]!))
            .ToList();

    /// <summary>Every alert rule: its name and expression.</summary>
    public static IReadOnlyList<(string Alert, string Expr)> AlertRules()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(AlertsFile)));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        return ((YamlSequenceNode)root["groups"])
            .Cast<YamlMappingNode>()
            .SelectMany(group => (YamlSequenceNode)group["rules"])
            .Cast<YamlMappingNode>()
            .Select(rule => (rule["alert"].ToString(), rule["expr"].ToString()))
            .ToList();
    }

    /// <summary>
    /// A panel query as Grafana sends it with every variable set to "All" (regex <c>.*</c>) and
    /// Grafana's interval variables replaced by a fixed range.
    /// </summary>
    public static string Substitute(string expr) =>
        System.Text.RegularExpressions.Regex.Replace(
            expr.Replace("$__rate_interval", "1m").Replace("$__interval", "1m").Replace("$__range", "1h"),
            @"\$\{?[A-Za-z_][A-Za-z0-9_]*\}?", ".*");

    private static IEnumerable<JsonNode> Panels(JsonNode dashboard) =>
        (dashboard["panels"]?.AsArray() ?? [])
            .SelectMany(p => p!["type"]?.ToString() == "row" ? (IEnumerable<JsonNode?>)(p["panels"]?.AsArray() ?? []) : new[] { p })
            .Where(p => p?["targets"] is not null)!;
}

using System.Text.Json;
using Ontwikkelagenda.LocalServers;

namespace Ontwikkelagenda.AppHost;

/// <summary>
/// Prometheus with the configuration and alert rules of <c>deploy/prometheus/</c>. It starts once every
/// resource it scrapes is healthy and writes their addresses as file-based service discovery
/// (<c>targets/*.json</c> in its data dir): every project resource, RabbitMQ's plugin and the PostgreSQL exporter.
/// </summary>
public sealed class PrometheusResource(
    string name, string dataDir, string repoRoot, Func<IReadOnlyList<Resource>> resources, ResourceConsole console)
    : ServerResource<PrometheusServer>(name, console)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>The files copied from the repo into the data dir; prometheus.yml names the others relative to itself.</summary>
    private static readonly string[] ConfigFiles = [PrometheusServer.ConfigFileName, "alerts.yml"];

    /// <summary>The API's address, known before the start (for Grafana's data source).</summary>
    public string ApiUrl => Server!.ConnectionUrl;

    protected override PrometheusServer Create(Action<string> log) => new(dataDir, 0, log);

    protected override async Task StartAsync(CancellationToken cancellationToken)
    {
        var scraped = resources().Where(r => r is ProjectResource or RabbitMqResource or PostgresExporterResource).ToList();
        await Task.WhenAll(scraped.Select(r => r.Healthy)).WaitAsync(cancellationToken);

        Directory.CreateDirectory(Path.Combine(dataDir, "targets"));
        foreach (var file in ConfigFiles)
        {
            File.Copy(Path.Combine(repoRoot, "deploy", "prometheus", file), Path.Combine(dataDir, file), overwrite: true);
        }

        WriteTargets("services", scraped.OfType<ProjectResource>().Select(p => Target(p.Url!, p.Name)));
        WriteTargets("rabbitmq", scraped.OfType<RabbitMqResource>()
            .SelectMany(r => r.Endpoints.Where(e => e.Name.EndsWith("-metrics", StringComparison.Ordinal)).Select(e => Target(e.Url, r.Name))));
        WriteTargets("postgres", scraped.OfType<PostgresExporterResource>().Select(e => Target(e.Url!, e.Name)));
        await base.StartAsync(cancellationToken);
    }

    // agenda-silo-0 and agenda-silo-1 are instances of the service agenda-silo.
    private static object Target(string url, string resourceName) => new
    {
        targets = new[] { new Uri(url).Authority },
        labels = new Dictionary<string, string>
        {
            ["instance"] = resourceName,
            ["service"] = System.Text.RegularExpressions.Regex.Replace(resourceName, "-[0-9]+$", ""),
        },
    };

    private void WriteTargets(string job, IEnumerable<object> targets) =>
        File.WriteAllText(Path.Combine(dataDir, "targets", $"{job}.json"), JsonSerializer.Serialize(targets, Json) + "\n");
}

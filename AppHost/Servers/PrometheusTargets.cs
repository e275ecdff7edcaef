using System.Text.Json;
using System.Text.RegularExpressions;
using Ontwikkelagenda.AppHost.Services;

namespace Ontwikkelagenda.AppHost.Servers;

/// <summary>
/// Prometheus' file-based service discovery (<c>targets/*.json</c> in its data dir), written from the
/// allocated endpoints: every service resource, RabbitMQ's plugin and the PostgreSQL exporter. Labels:
/// <c>instance</c> is the resource name, <c>service</c> the name without its replica number.
/// </summary>
public static partial class PrometheusTargets
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static void Write(string dataDir, DistributedApplicationModel model)
    {
        var targets = Path.Combine(dataDir, "targets");
        Directory.CreateDirectory(targets);
        WriteJob(targets, "services", model.Resources.OfType<ServiceResource>().Select(p => Target(p.GetEndpoint("http"), p.Name)));
        WriteJob(targets, "rabbitmq", model.Resources.OfType<RabbitMqResource>().Select(r => Target(r.Metrics, r.Name)));
        WriteJob(targets, "postgres", model.Resources.OfType<PostgresExporterResource>().Select(e => Target(e.Endpoint, e.Name)));
    }

    private static object Target(EndpointReference endpoint, string resourceName) => new
    {
        targets = new[] { $"127.0.0.1:{endpoint.Port}" },
        labels = new Dictionary<string, string>
        {
            ["instance"] = resourceName,
            ["service"] = ReplicaNumber().Replace(resourceName, ""),
        },
    };

    private static void WriteJob(string targetsDir, string job, IEnumerable<object> targets) =>
        File.WriteAllText(Path.Combine(targetsDir, $"{job}.json"), JsonSerializer.Serialize(targets, Json) + "\n");

    [GeneratedRegex("-[0-9]+$")]
    private static partial Regex ReplicaNumber();
}

using Ontwikkelagenda.LocalServers;

namespace Ontwikkelagenda.AppHost.Servers;

public static class PrometheusBuilderExtensions
{
    /// <summary>The files copied from <c>deploy/prometheus/</c>; prometheus.yml names the others relative to itself.</summary>
    private static readonly string[] ConfigFiles = [PrometheusServer.ConfigFileName, "alerts.yml"];

    /// <summary>
    /// Prometheus from Debian's package with the configuration and alert rules of <c>deploy/prometheus/</c>,
    /// scraping every service resource, RabbitMQ and the PostgreSQL exporter (also those added after it).
    /// </summary>
    public static IResourceBuilder<PrometheusResource> AddLocalPrometheus(
        this IDistributedApplicationBuilder builder, string name, string dataDir, string repoRoot)
    {
        var prometheus = new PrometheusResource(name, PrometheusServer.FindBinary(), dataDir);
        Directory.CreateDirectory(Path.Combine(dataDir, "tsdb"));
        return builder.AddResource(prometheus)
            .WithDirectEndpoint(PrometheusResource.EndpointName, "http")
            .WithArgsFromPorts([], [prometheus.Endpoint], ports => PrometheusServer.Arguments(dataDir, ports[0]))
            .WithHttpHealthCheck(PrometheusServer.ReadyPath)
            .OnBeforeResourceStarted((resource, e, _) =>
            {
                foreach (var file in ConfigFiles)
                {
                    File.Copy(Path.Combine(repoRoot, "deploy", "prometheus", file), Path.Combine(dataDir, file), overwrite: true);
                }

                PrometheusTargets.Write(dataDir, e.Services.GetRequiredService<DistributedApplicationModel>());
                return Task.CompletedTask;
            });
    }
}

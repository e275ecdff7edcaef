using Ontwikkelagenda.LocalServers;

namespace Ontwikkelagenda.AppHost.Servers;

public static class GrafanaBuilderExtensions
{
    /// <summary>Grafana with the Prometheus data source and the dashboards of <c>deploy/grafana/</c>; anonymous users may view.</summary>
    public static IResourceBuilder<GrafanaResource> AddLocalGrafana(
        this IDistributedApplicationBuilder builder, string name, string dataDir, string repoRoot, IResourceBuilder<PrometheusResource> prometheus)
    {
        GrafanaServer.PrepareDataDir(dataDir);
        var grafana = new GrafanaResource(name, GrafanaServer.FindBinary(), dataDir);
        return builder.AddResource(grafana)
            .WithDirectEndpoint(GrafanaResource.EndpointName, "http")
            .WithArgs(context => { foreach (var argument in GrafanaServer.Arguments) { context.Args.Add(argument); } })
            .WithEnvironmentFromPorts([grafana.Endpoint], ports => GrafanaServer.Environment(
                dataDir, ports[0],
                provisioningDir: Path.Combine(repoRoot, "deploy", "grafana", "provisioning"),
                dashboardsDir: Path.Combine(repoRoot, "deploy", "grafana", "dashboards"),
                prometheusUrl: prometheus.Resource.Endpoint.Url))
            .WithHttpHealthCheck(GrafanaServer.HealthPath)
            .WaitFor(prometheus);
    }
}

using Ontwikkelagenda.LocalServers;

namespace Ontwikkelagenda.AppHost.Servers;

public static class PostgresExporterBuilderExtensions
{
    /// <summary>PostgreSQL metrics for Prometheus; healthy once its /metrics reports <c>pg_up 1</c>.</summary>
    public static IResourceBuilder<PostgresExporterResource> AddLocalPostgresExporter(
        this IDistributedApplicationBuilder builder, string name, string dataDir, IResourceBuilder<PostgresResource> postgres)
    {
        Directory.CreateDirectory(dataDir);
        var exporter = new PostgresExporterResource(name, PostgresExporter.FindBinary(), dataDir);
        return builder.AddResource(exporter)
            .WithDirectEndpoint(PostgresExporterResource.EndpointName, "http")
            .WithArgsFromPorts([], [exporter.Endpoint], ports => PostgresExporter.Arguments(ports[0]))
            .WithEnvironment(context => context.EnvironmentVariables["DATA_SOURCE_NAME"] =
                PostgresExporter.DataSourceName(postgres.Resource.Endpoint.Port))
            .WithProbe(cancellationToken => HttpProbe.AnswersAsync($"{exporter.Endpoint.Url}/metrics", PostgresExporter.UpLine, cancellationToken),
                "The exporter does not reach PostgreSQL yet (no pg_up 1).")
            .WaitFor(postgres);
    }
}

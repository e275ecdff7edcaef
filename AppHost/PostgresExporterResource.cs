using Ontwikkelagenda.LocalServers;

namespace Ontwikkelagenda.AppHost;

/// <summary>prometheus-postgres-exporter watching the PostgreSQL resource, scraped by Prometheus.</summary>
public sealed class PostgresExporterResource : ServerResource<PostgresExporter>
{
    private readonly PostgresResource postgres;
    private readonly string dataDir;

    public PostgresExporterResource(string name, string dataDir, PostgresResource postgres, ResourceConsole console)
        : base(name, console)
    {
        this.postgres = postgres;
        this.dataDir = dataDir;
        AddWaitFor(postgres);
    }

    protected override PostgresExporter Create(Action<string> log) =>
        new(() => $"{postgres.Url}/postgres?sslmode=disable", dataDir, 0, log);
}

namespace Ontwikkelagenda.AppHost.Servers;

/// <summary>Debian's prometheus-postgres-exporter as an executable resource, watching the PostgreSQL resource.</summary>
public sealed class PostgresExporterResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory)
{
    internal const string EndpointName = "http";

    public EndpointReference Endpoint => new(this, EndpointName);
}

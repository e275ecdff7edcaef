namespace Ontwikkelagenda.AppHost.Servers;

/// <summary>Debian's PostgreSQL as an executable resource; its data stays in <see cref="DataDir"/> between runs.</summary>
public sealed class PostgresResource(string name, string command, string dataDir)
    : ExecutableResource(name, command, dataDir), IResourceWithConnectionString
{
    internal const string EndpointName = "tcp";

    public string DataDir { get; } = dataDir;

    public EndpointReference Endpoint => new(this, EndpointName);

    /// <summary>The databases created once the server is healthy.</summary>
    public List<PostgresDatabaseResource> Databases { get; } = [];

    /// <summary>The server's own database, for health checks and creating the others.</summary>
    public ReferenceExpression ConnectionStringExpression => DatabaseConnectionString("postgres");

    public ReferenceExpression DatabaseConnectionString(string database) => ReferenceExpression.Create(
        $"Host={Endpoint.Property(EndpointProperty.Host)};Port={Endpoint.Property(EndpointProperty.Port)};Username=postgres;Database={database}");
}

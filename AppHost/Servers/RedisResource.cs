namespace Ontwikkelagenda.AppHost.Servers;

/// <summary>Debian's redis-server as an executable resource: Orleans' cluster membership.</summary>
public sealed class RedisResource(string name, string command, string dataDir)
    : ExecutableResource(name, command, dataDir), IResourceWithConnectionString
{
    internal const string EndpointName = "tcp";

    public EndpointReference Endpoint => new(this, EndpointName);

    /// <summary>A StackExchange.Redis configuration string.</summary>
    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"{Endpoint.Property(EndpointProperty.Host)}:{Endpoint.Property(EndpointProperty.Port)}");
}

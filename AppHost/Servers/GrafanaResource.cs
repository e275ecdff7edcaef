namespace Ontwikkelagenda.AppHost.Servers;

/// <summary>Grafana (from Grafana's own packages) as an executable resource, provisioned from <c>deploy/grafana/</c>.</summary>
public sealed class GrafanaResource(string name, string command, string dataDir) : ExecutableResource(name, command, dataDir)
{
    internal const string EndpointName = "http";

    public EndpointReference Endpoint => new(this, EndpointName);
}

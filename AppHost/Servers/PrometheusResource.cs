namespace Ontwikkelagenda.AppHost.Servers;

/// <summary>Debian's Prometheus as an executable resource, scraping what <see cref="PrometheusTargets"/> lists.</summary>
public sealed class PrometheusResource(string name, string command, string dataDir) : ExecutableResource(name, command, dataDir)
{
    internal const string EndpointName = "http";

    public string DataDir { get; } = dataDir;

    public EndpointReference Endpoint => new(this, EndpointName);
}

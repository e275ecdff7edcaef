using Ontwikkelagenda.LocalServers;

namespace Ontwikkelagenda.AppHost;

/// <summary>RabbitMQ with its Prometheus endpoint enabled for the monitoring set-up.</summary>
public sealed class RabbitMqResource(string name, string dataDir, ResourceConsole console)
    : ServerResource<RabbitMqServer>(name, console), IResourceWithConnectionString
{
    public string ConnectionName => Name;

    public string ConnectionString => Server!.ConnectionString;

    public Resource Owner => this;

    public override IEnumerable<(string Name, string Url)> Endpoints =>
        Url is null ? [] : [(Name, Url), ($"{Name}-metrics", $"http://127.0.0.1:{Server!.PrometheusPort}/metrics")];

    protected override RabbitMqServer Create(Action<string> log) => new(dataDir, 0, log, prometheus: true);
}

namespace Ontwikkelagenda.AppHost.Servers;

/// <summary>Debian's RabbitMQ as an executable resource, with its own epmd and its Prometheus plugin.</summary>
public sealed class RabbitMqResource(string name, string command, string dataDir)
    : ExecutableResource(name, command, dataDir), IResourceWithConnectionString
{
    internal const string AmqpEndpointName = "amqp";
    internal const string DistributionEndpointName = "dist";
    internal const string MetricsEndpointName = "metrics";

    public EndpointReference Amqp => new(this, AmqpEndpointName);

    /// <summary>Erlang distribution; nothing connects to it, but it needs a port of its own.</summary>
    public EndpointReference Distribution => new(this, DistributionEndpointName);

    /// <summary>The rabbitmq_prometheus plugin: <c>/metrics</c> and per queue <c>/metrics/detailed</c>.</summary>
    public EndpointReference Metrics => new(this, MetricsEndpointName);

    /// <summary>The AMQP URI as MassTransit and RabbitMQ.Client take it.</summary>
    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"amqp://guest:guest@{Amqp.Property(EndpointProperty.Host)}:{Amqp.Property(EndpointProperty.Port)}/");
}

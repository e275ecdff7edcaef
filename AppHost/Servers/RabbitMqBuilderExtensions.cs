using Ontwikkelagenda.LocalServers;
using System.Globalization;

namespace Ontwikkelagenda.AppHost.Servers;

public static class RabbitMqBuilderExtensions
{
    /// <summary>
    /// RabbitMQ from Debian's package with its data, config and own epmd in <paramref name="dataDir"/>, run as
    /// the rabbitmq user when AppHost runs as root, the Prometheus plugin on; healthy once it accepts an AMQP connection.
    /// </summary>
    public static IResourceBuilder<RabbitMqResource> AddLocalRabbitMq(this IDistributedApplicationBuilder builder, string name, string dataDir)
    {
        var binaries = RabbitMqServer.FindBinaries();
        var (epmdCommand, epmdPrefix) = RabbitMqServer.User.Wrap(binaries.Epmd, []);
        var (command, prefix) = RabbitMqServer.User.Wrap(binaries.Server, []);

        var epmdPort = FreePort.Next();
        var epmd = new EpmdResource($"{name}-epmd", epmdCommand, dataDir);
        var epmdBuilder = builder.AddResource(epmd)
            // Erlang reaches epmd on its real port (through the orchestrator's proxy the broker's boot check fails),
            // and a proxy-less endpoint needs its port chosen here.
            .WithDirectEndpoint(EpmdResource.EndpointName, "tcp", epmdPort)
            .WithArgs(context => { foreach (var argument in epmdPrefix.Concat(RabbitMqServer.EpmdArguments(epmdPort.ToString(CultureInfo.InvariantCulture)))) { context.Args.Add(argument); } })
            .WithProbe(cancellationToken => TcpProbe.IsListeningAsync(epmd.Endpoint.Port, cancellationToken), "epmd does not listen yet.")
            .OnBeforeResourceStarted((_, _, cancellationToken) => RabbitMqServer.PrepareDataDirAsync(dataDir, prometheus: true, cancellationToken));

        var rabbitmq = new RabbitMqResource(name, command, dataDir);
        return builder.AddResource(rabbitmq)
            .WithDirectEndpoint(RabbitMqResource.AmqpEndpointName, "tcp")
            .WithDirectEndpoint(RabbitMqResource.DistributionEndpointName, "tcp")
            .WithDirectEndpoint(RabbitMqResource.MetricsEndpointName, "http")
            .WithArgs(context => { foreach (var argument in prefix) { context.Args.Add(argument); } })
            .WithEnvironmentFromPorts([rabbitmq.Amqp, rabbitmq.Distribution, rabbitmq.Metrics], ports =>
                RabbitMqServer.Environment(dataDir, amqpPort: ports[0], distPort: ports[1], epmdPort: epmdPort.ToString(CultureInfo.InvariantCulture), prometheusPort: ports[2]))
            .WithProbe(async cancellationToken => await RabbitMqServer.IsHealthyAsync(
                await rabbitmq.ConnectionStringExpression.GetValueAsync(cancellationToken) ?? "", cancellationToken),
                "RabbitMQ does not accept AMQP connections yet.")
            .WaitFor(epmdBuilder);
    }
}

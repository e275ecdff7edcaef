using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Ontwikkelagenda.AppHost.Servers;

namespace Ontwikkelagenda.AppHost;

/// <summary>
/// On Ctrl+C or SIGTERM, stops the services and the monitoring first, then PostgreSQL and Redis, which the services use to the end. The
/// orchestrator alone stops everything at once: a silo or intake whose Redis, RabbitMQ or PostgreSQL is
/// already gone hangs in its own shutdown until it is killed (and a killed <c>dotnet run</c> leaves its
/// service running). RabbitMQ's clean stop takes about 6 s (its Prometheus plugin), so it starts stopping
/// with the services, whose bus connections stop without waiting for it.
/// Registered after Aspire's own hosted services, so it stops before them.
/// </summary>
public sealed class OrderedShutdown(
    DistributedApplicationModel model, ResourceCommandService commands, ILogger<OrderedShutdown> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var clients = model.Resources
            .Where(r => r is ProjectResource or PrometheusResource or GrafanaResource or PostgresExporterResource)
            .ToList();
        var servers = model.Resources.Where(EndpointRows.IsOurs).OfType<ExecutableResource>().Except(clients).ToList();
        var rabbitmq = servers.OfType<RabbitMqResource>().ToList();
        logger.LogInformation("Stopping the services and monitoring, then the servers");
        var brokerStopped = StopAllAsync(rabbitmq, cancellationToken);
        await StopAllAsync(clients, cancellationToken);
        await StopAllAsync(servers.Except(rabbitmq), cancellationToken);
        await brokerStopped;
    }

    private async Task StopAllAsync(IEnumerable<IResource> resources, CancellationToken cancellationToken)
    {
        var results = await Task.WhenAll(resources.Select(r => commands.ExecuteCommandAsync(r, KnownResourceCommands.StopCommand, cancellationToken)));
        foreach (var failed in results.Where(r => !r.Success))
        {
            logger.LogWarning("A resource did not stop cleanly: {Error}", failed.Message);
        }
    }
}

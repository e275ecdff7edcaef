using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Ontwikkelagenda.AppHost.Servers;
using Ontwikkelagenda.AppHost.Services;

namespace Ontwikkelagenda.AppHost;

/// <summary>
/// On Ctrl+C or SIGTERM, stops the services and the monitoring first, then PostgreSQL and Redis, which the services use to the end. The
/// orchestrator alone stops everything at once: a silo or intake whose Redis, RabbitMQ or PostgreSQL is
/// already gone hangs in its own shutdown until it is killed. RabbitMQ's clean stop takes about 6 s (its Prometheus plugin), so it starts stopping
/// with the services, whose bus connections stop without waiting for it.
/// Registered after Aspire's own hosted services, so it stops before them. Each step waits at most
/// <see cref="StepLimit"/>: a stop that hangs must not keep AppHost from exiting, and what is still running then is
/// stopped by the orchestrator as AppHost exits.
/// </summary>
public sealed class OrderedShutdown(
    DistributedApplicationModel model, ResourceCommandService commands, ILogger<OrderedShutdown> logger) : IHostedService
{
    /// <summary>How long one step (the services, then the servers) may take; a service stops within 1 to 5 s.</summary>
    public static readonly TimeSpan StepLimit = TimeSpan.FromSeconds(10);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var clients = model.Resources
            .Where(r => r is ServiceResource or PrometheusResource or GrafanaResource or PostgresExporterResource)
            .ToList();
        var servers = model.Resources.Where(EndpointRows.IsOurs).OfType<ExecutableResource>().Except(clients).ToList();
        var rabbitmq = servers.OfType<RabbitMqResource>().ToList();
        logger.LogInformation("Stopping the services and monitoring, then the servers");
        var brokerStopped = StopAllAsync(rabbitmq, cancellationToken);
        await StopAllAsync(clients, cancellationToken);
        await StopAllAsync([.. servers.Except(rabbitmq)], cancellationToken);
        await brokerStopped;
    }

    private async Task StopAllAsync(IReadOnlyList<IResource> resources, CancellationToken cancellationToken)
    {
        var stops = resources.Select(r => commands.ExecuteCommandAsync(r, KnownResourceCommands.StopCommand, cancellationToken)).ToList();
        var all = Task.WhenAll(stops);
        if (await Task.WhenAny(all, Task.Delay(StepLimit, cancellationToken)) != all)
        {
            var running = resources.Where((_, i) => !stops[i].IsCompleted).Select(r => r.Name);
            logger.LogWarning("Not stopped after {Limit} s, left to the orchestrator: {Resources}", StepLimit.TotalSeconds, string.Join(", ", running));
            return;
        }
        foreach (var failed in (await all).Where(r => !r.Success))
        {
            logger.LogWarning("A resource did not stop cleanly: {Error}", failed.Message);
        }
    }
}

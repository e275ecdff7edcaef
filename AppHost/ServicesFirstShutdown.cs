using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ontwikkelagenda.AppHost;

/// <summary>
/// On Ctrl+C or SIGTERM, stops the services before the servers they use. The orchestrator alone stops
/// everything at once: a silo or intake whose Redis, RabbitMQ or PostgreSQL is already gone then hangs
/// in its own shutdown until it is killed, and a killed <c>dotnet run</c> leaves its service running.
/// Registered after Aspire's own hosted services, so it stops before them.
/// </summary>
public sealed class ServicesFirstShutdown(
    DistributedApplicationModel model, ResourceCommandService commands, ILogger<ServicesFirstShutdown> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var services = model.Resources.OfType<ProjectResource>().ToList();
        logger.LogInformation("Stopping {Count} services before the servers", services.Count);
        var results = await Task.WhenAll(services.Select(s => commands.ExecuteCommandAsync(s, KnownResourceCommands.StopCommand, cancellationToken)));
        foreach (var failed in results.Where(r => !r.Success))
        {
            logger.LogWarning("A service did not stop cleanly: {Error}", failed.Message);
        }
    }
}

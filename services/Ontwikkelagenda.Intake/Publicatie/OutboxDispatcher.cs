using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Ontwikkelagenda.Intake.Opslag;

namespace Ontwikkelagenda.Intake.Publicatie;

/// <summary>
/// Republishes every few seconds what was stored but never confirmed: after a failed publish, a
/// crash between commit and publish, or a restart. Same event id, so the silo deduplicates.
/// </summary>
public sealed class OutboxDispatcher(IntakeStore store, OutboxPublisher publisher, TimeProvider time,
    IOptions<IntakeOptions> options, ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private const int BatchSize = 100;

    /// <summary>This many failures in a row means the broker is down: the rest of the batch waits for the next tick.</summary>
    private const int MaxFailuresInARow = 3;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.DispatchInterval, time);
        do
        {
            try
            {
                await DispatchPending(stoppingToken);
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
            {
                logger.LogWarning(exception, "Outbox niet gelezen; volgende poging over {Interval}", options.Value.DispatchInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task DispatchPending(CancellationToken stoppingToken)
    {
        var pending = await store.FindOngepubliceerd(time.GetUtcNow() - options.Value.DispatchGrace, BatchSize, stoppingToken);
        var blocked = new HashSet<Guid>();
        var failuresInARow = 0;
        foreach (var melding in pending)
        {
            // Keep an entity's order (an ending must not overtake its creation), but let other entities go on.
            if (blocked.Contains(melding.EntiteitId)) continue;
            if (await publisher.TryPublish(melding, stoppingToken))
            {
                failuresInARow = 0;
                logger.LogInformation("Event {EventId} van melding {MeldingId} nagestuurd", melding.EventId, melding.MeldingId);
                continue;
            }
            blocked.Add(melding.EntiteitId);
            if (++failuresInARow >= MaxFailuresInARow) return;
        }
    }
}

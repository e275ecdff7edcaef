using Ondersteuning.Api.Opslag;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Ondersteuning.Api.Publicatie;

/// <summary>
/// Republishes every few seconds what was stored but never confirmed: after a failed publish, a
/// crash between commit and publish, or a restart. Same event id, so the silo deduplicates.
/// </summary>
public sealed class OutboxDispatcher(MeldingStore store, OutboxPublisher publisher, TimeProvider time,
    IOptions<OndersteuningOptions> options, ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private const int BatchSize = 100;

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
        foreach (var melding in pending)
        {
            // Keep the order: a closing must not overtake the report of its case.
            if (!await publisher.TryPublish(melding, stoppingToken)) return;
            logger.LogInformation("Event {EventId} van melding {MeldingId} nagestuurd", melding.EventId, melding.MeldingId);
        }
    }
}

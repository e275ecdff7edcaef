using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ontwikkelagenda.Intake.Opslag;

namespace Ontwikkelagenda.Intake.Publicatie;

/// <summary>
/// Republishes every few seconds what was stored but never confirmed: after a failed publish, a
/// crash between commit and publish, or a restart. Same event id, so the silo deduplicates.
/// </summary>
public sealed class OutboxDispatcher(IntakeStore store, OutboxPublisher publisher, TimeProvider time,
    IOptions<IntakeOptions> options, ILogger<OutboxDispatcher> logger) : PeriodiekeTaak(time, logger)
{
    private const int BatchSize = 100;

    /// <summary>This many failures in a row means the broker is down: the rest of the batch waits for the next tick.</summary>
    private const int MaxFailuresInARow = 3;

    protected override TimeSpan Interval => options.Value.DispatchInterval;

    protected override string NietGedaan => "Outbox niet gelezen";

    protected override async Task Voer(CancellationToken cancellationToken)
    {
        var pending = await store.FindOngepubliceerd(Time.GetUtcNow() - options.Value.DispatchGrace, BatchSize, cancellationToken);
        var blocked = new HashSet<Guid>();
        var failuresInARow = 0;
        foreach (var melding in pending)
        {
            // Keep an entity's order (an ending must not overtake its creation), but let other entities go on.
            if (blocked.Contains(melding.EntiteitId)) continue;
            if (await publisher.TryPublish(melding, cancellationToken))
            {
                failuresInARow = 0;
                Logger.LogInformation("Event {EventId} van melding {MeldingId} nagestuurd", melding.EventId, melding.MeldingId);
                continue;
            }
            blocked.Add(melding.EntiteitId);
            if (++failuresInARow >= MaxFailuresInARow) return;
        }
    }
}

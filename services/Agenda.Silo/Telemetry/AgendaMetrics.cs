using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Ontwikkelagenda.Contracts.Events;

namespace Agenda.Silo.Telemetry;

/// <summary>
/// The silo's own instruments on the "Ontwikkelagenda" meter (exported by ServiceDefaults):
/// events by outcome and the time from publication to the grain update.
/// Prometheus names: <c>ontwikkelagenda_events_total{outcome,event_type}</c> and
/// <c>ontwikkelagenda_event_publication_to_grain_seconds_bucket</c>.
/// </summary>
public sealed class AgendaMetrics : IDisposable
{
    public const string MeterName = "Ontwikkelagenda";

    private readonly Meter meter;
    private readonly ConcurrentDictionary<(string Outcome, string EventType), long> events = new();
    private readonly Histogram<double> publicationToGrain;

    public AgendaMetrics(IMeterFactory meters)
    {
        meter = meters.Create(MeterName);
        // Observable, so every outcome of every event type is reported from the start (at 0) and
        // dashboards and alerts see a series, and a rate of 0, before the first failure.
        foreach (var type in EventTypes)
        {
            foreach (var outcome in Outcomes)
            {
                events[(outcome, type)] = 0;
            }
        }

        meter.CreateObservableCounter("ontwikkelagenda.events",
            () => events.Select(e => new Measurement<long>(e.Value, Tags(e.Key.Outcome, e.Key.EventType))),
            description: "Events the silo consumed, retried or saw fail, by outcome.");
        publicationToGrain = meter.CreateHistogram<double>(
            "ontwikkelagenda.event.publication_to_grain", unit: "s",
            description: "Time from the publication of an event to the end of its grain updates.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300] });
    }

    public static readonly string[] Outcomes = ["consumed", "retried", "faulted"];

    /// <summary>A consume that completed: the event is stored and applied to its grains.</summary>
    public void Consumed(string eventType, TimeSpan sincePublication)
    {
        Count("consumed", eventType);
        publicationToGrain.Record(Math.Max(0, sincePublication.TotalSeconds), new KeyValuePair<string, object?>("event_type", eventType));
    }

    /// <summary>A delivery that is a retry of an earlier failed attempt.</summary>
    public void Retried(string eventType) => Count("retried", eventType);

    /// <summary>An attempt that threw; after the last retry the message goes to the _error queue.</summary>
    public void Faulted(string eventType) => Count("faulted", eventType);

    /// <summary>What the event counter holds for an outcome and event type (as Prometheus will read it).</summary>
    public long Total(string outcome, string eventType) => events.GetValueOrDefault((outcome, eventType));

    public void Dispose() => meter.Dispose();

    private void Count(string outcome, string eventType) => events.AddOrUpdate((outcome, eventType), 1, (_, n) => n + 1);

    private static KeyValuePair<string, object?>[] Tags(string outcome, string eventType) =>
        [new("outcome", outcome), new("event_type", eventType)];

    private static IEnumerable<string> EventTypes => AgendaEventTypes.PerNaam.Keys;
}

namespace Agenda.Silo.Telemetry;

/// <summary>
/// Creates the instruments at start-up, so every series (counters at 0, KPI gauges) exists from the
/// first scrape instead of after the first event.
/// </summary>
internal sealed class TelemetryActivation(AgendaMetrics metrics, ThuiszitterKpiGauges gauges) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        GC.KeepAlive(metrics);
        GC.KeepAlive(gauges);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

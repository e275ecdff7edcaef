using System.Diagnostics.Metrics;
using Agenda.Contracts.Grains;
using Ontwikkelagenda.Contracts.Kpis;

namespace Agenda.Silo.Telemetry;

/// <summary>
/// Per municipality the open thuiszitter cases and those open longer than three months (counts only),
/// as gauges <c>ontwikkelagenda_thuiszitters_open</c> and <c>ontwikkelagenda_thuiszitters_langer_dan_drie_maanden</c>
/// with label <c>gemeente</c>. A scrape reads a cache; when it is older than <see cref="RefreshInterval"/>
/// the scrape starts one refresh from the grains in the background and never waits for it.
/// <para>/metrics is anonymous and operations hold no case rights, so a count of 1 to 4 is exported as NaN
/// (<see cref="Exportwaarde"/>): a sum over municipalities is then NaN too, which withholds the region's total
/// whenever a municipality's count is withheld, as the web does.</para>
/// </summary>
public sealed class ThuiszitterKpiGauges : IDisposable
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan GrainTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    private readonly IGrainFactory grains;
    private readonly TimeProvider clock;
    private readonly ILogger<ThuiszitterKpiGauges> logger;
    private readonly Meter meter;
    private IReadOnlyList<(string Gemeente, ThuiszitterCijfers Kpis)> cache = [];
    private long refreshedAtTicks;
    private int refreshing;

    public ThuiszitterKpiGauges(IMeterFactory meters, IGrainFactory grains, TimeProvider clock, ILogger<ThuiszitterKpiGauges> logger)
    {
        this.grains = grains;
        this.clock = clock;
        this.logger = logger;
        meter = meters.Create(AgendaMetrics.MeterName);
        meter.CreateObservableGauge("ontwikkelagenda.thuiszitters.open", () => Observe(k => k.Open),
            description: "Open thuiszitter cases per municipality (by residence) today; NaN when 1 to 4.");
        meter.CreateObservableGauge("ontwikkelagenda.thuiszitters.langer_dan_drie_maanden", () => Observe(k => k.LangerDanDrieMaanden),
            description: "Open thuiszitter cases per municipality that started more than three months ago; NaN when 1 to 4.");
    }

    public void Dispose() => meter.Dispose();

    /// <summary>The value a gauge exports for a count: NaN for 1 to 4, the count otherwise.</summary>
    public static double Exportwaarde(int aantal) => KleineAantallen.IsKlein(aantal) ? double.NaN : aantal;

    private IEnumerable<Measurement<double>> Observe(Func<ThuiszitterCijfers, int> figure)
    {
        if (clock.GetUtcNow().UtcTicks - Volatile.Read(ref refreshedAtTicks) > RefreshInterval.Ticks && Interlocked.Exchange(ref refreshing, 1) == 0)
        {
            _ = Task.Run(RefreshAsync);
        }

        return cache.Select(entry => new Measurement<double>(Exportwaarde(figure(entry.Kpis)), new KeyValuePair<string, object?>("gemeente", entry.Gemeente)));
    }

    private async Task RefreshAsync()
    {
        try
        {
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Amsterdam).DateTime);
            var gemeenten = await grains.GetGrain<IRegisterGrain>(0).GetGemeenten(today).WaitAsync(GrainTimeout);
            var kpis = await Task.WhenAll(gemeenten.Select(async g => (g.Code, await KpisOf(g.Code, today))));
            cache = kpis;
            Volatile.Write(ref refreshedAtTicks, clock.GetUtcNow().UtcTicks);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The last figures stay; the next scrape tries again.
            logger.LogWarning(e, "KPI gauges could not be refreshed from the grains.");
        }
        finally
        {
            Volatile.Write(ref refreshing, 0);
        }
    }

    // The one grain call to adapt when the grain interface changes.
    private async Task<ThuiszitterCijfers> KpisOf(string gemeente, DateOnly peildatum) =>
        (await grains.GetGrain<IGemeenteGrain>(gemeente).GetKpis(peildatum).WaitAsync(GrainTimeout)).Thuiszitters;
}

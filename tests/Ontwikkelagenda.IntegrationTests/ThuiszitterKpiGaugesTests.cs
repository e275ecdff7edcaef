using System.Diagnostics.Metrics;
using System.Globalization;
using Agenda.Silo.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.IntegrationTests;

/// <summary>
/// The silo's anonymous /metrics may not carry a small count of children: the thuiszitter gauges export 1 to 4
/// as NaN, other counts as they are.
/// </summary>
public sealed class ThuiszitterKpiGaugesTests(ServersFixture servers)
{
    private static readonly DateOnly LangGeleden = DateOnly.FromDateTime(DateTime.Today).AddMonths(-5);

    [Fact]
    public async Task ASmallCountIsExportedAsNaNAndALargerOneAsItIs()
    {
        await using var environment = new SiloEnvironment(servers);
        var silo = await environment.StartSiloAsync();
        await using var bus = await TestBus.StartAsync(servers.RabbitMq.ConnectionString);

        for (var i = 0; i < 3; i++) await bus.Publish(Cases.Gemeld(RegioGemeenten.Assen, LangGeleden));
        for (var i = 0; i < 6; i++) await bus.Publish(Cases.Gemeld(RegioGemeenten.Tynaarlo, LangGeleden));

        const string verwacht = "GM0106=NaN GM1680=0 GM1730=6 GM1731=0";
        await Eventually.Equal(verwacht, () => Task.FromResult(Gauge(silo, "ontwikkelagenda.thuiszitters.open")), TimeSpan.FromSeconds(60));
        await Eventually.Equal(verwacht, () => Task.FromResult(Gauge(silo, "ontwikkelagenda.thuiszitters.langer_dan_drie_maanden")));
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(1, "NaN")]
    [InlineData(4, "NaN")]
    [InlineData(5, "5")]
    [InlineData(17, "17")]
    public void OnlyCountsOfOneToFourAreWithheld(int aantal, string export) =>
        Assert.Equal(export, ThuiszitterKpiGauges.Exportwaarde(aantal).ToString(CultureInfo.InvariantCulture));

    /// <summary>One observation of a gauge of this silo's meters, as "gemeente=value" sorted by municipality.</summary>
    private static string Gauge(IHost silo, string name)
    {
        var scope = silo.Services.GetRequiredService<IMeterFactory>();
        var values = new SortedDictionary<string, double>(StringComparer.Ordinal);
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == name && instrument.Meter.Scope == scope) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<double>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "gemeente") values[(string)tag.Value!] = value;
            }
        });
        listener.Start();
        listener.RecordObservableInstruments();
        return string.Join(' ', values.Select(v => $"{v.Key}={v.Value.ToString(CultureInfo.InvariantCulture)}"));
    }
}

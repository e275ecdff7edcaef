using Ontwikkelagenda.Agenda.Silo.Grains;
using Ontwikkelagenda.Agenda.Silo.Kpis;
using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.UnitTests.Grains;

public class ThuiszitterScopeStateTests
{
    private static readonly DateTimeOffset Nu = new(2025, 6, 1, 10, 0, 0, TimeSpan.Zero);

    private static ThuiszitterGemeld Gemeld(Guid zaakId, DateOnly start) =>
        new(Guid.NewGuid(), Nu, "Leerplicht Tynaarlo", zaakId, "LP-2025-001", RegioGemeenten.Tynaarlo, Brin.Parse("12AB"), SoortVerzuim.LangdurigRelatief, start);

    private static ThuiszitterBeeindigd Beeindigd(Guid zaakId, DateOnly eind) =>
        new(Guid.NewGuid(), Nu, "Leerplicht Tynaarlo", zaakId, RegioGemeenten.Tynaarlo, Brin.Parse("12AB"), eind, Uitkomst.TerugNaarSchool);

    [Fact]
    public void The_same_event_applied_twice_counts_once()
    {
        var state = new ThuiszitterScopeState();
        var gemeld = Gemeld(Guid.NewGuid(), new DateOnly(2025, 1, 6));

        Assert.True(state.Apply(gemeld));
        Assert.False(state.Apply(gemeld));

        Assert.Single(state.Zaken);
        Assert.Equal(1, ThuiszitterKpiCalculator.Calculate(state.Zaken, new DateOnly(2025, 2, 1), 1000).Open);
    }

    [Fact]
    public void A_closing_that_arrives_before_its_report_is_kept_and_merged()
    {
        var state = new ThuiszitterScopeState();
        var zaakId = Guid.NewGuid();

        state.Apply(Beeindigd(zaakId, new DateOnly(2025, 3, 1)));
        Assert.Equal(0, ThuiszitterKpiCalculator.Calculate(state.Zaken, new DateOnly(2025, 2, 1), 1000).Open);

        state.Apply(Gemeld(zaakId, new DateOnly(2025, 1, 6)));

        var zaak = Assert.Single(state.Zaken);
        Assert.Equal(new DateOnly(2025, 1, 6), zaak.Startdatum);
        Assert.Equal(new DateOnly(2025, 3, 1), zaak.Einddatum);
        Assert.Equal(1, ThuiszitterKpiCalculator.Calculate(state.Zaken, new DateOnly(2025, 2, 1), 1000).Open);
        Assert.Equal(100.0m, ThuiszitterKpiCalculator.Calculate(state.Zaken, new DateOnly(2025, 6, 1), 1000).BinnenDrieMaandenOpgelost);
    }

    [Fact]
    public void A_report_then_its_closing_gives_one_closed_case()
    {
        var state = new ThuiszitterScopeState();
        var zaakId = Guid.NewGuid();

        state.Apply(Gemeld(zaakId, new DateOnly(2025, 1, 6)));
        state.Apply(Beeindigd(zaakId, new DateOnly(2025, 3, 1)));

        var kpis = ThuiszitterKpiCalculator.Calculate(state.Zaken, new DateOnly(2025, 6, 1), 1000);
        Assert.Equal(0, kpis.Open);
        Assert.Equal(100.0m, kpis.BinnenDrieMaandenOpgelost);
    }

    [Fact]
    public void Different_cases_are_kept_apart()
    {
        var state = new ThuiszitterScopeState();

        state.Apply(Gemeld(Guid.NewGuid(), new DateOnly(2025, 1, 6)));
        state.Apply(Gemeld(Guid.NewGuid(), new DateOnly(2025, 1, 7)));

        Assert.Equal(2, state.Zaken.Count);
    }
}

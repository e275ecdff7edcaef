using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Values;
using static Agenda.Domein.Tests.Maak;
using static Agenda.Domein.Tests.TestRegister;

namespace Agenda.Domein.Tests.Kpis;

/// <summary>The thuiszitter figures per scope: residence, transfers, school and SWV, denominators per school year.</summary>
public class ThuiszitterScopeTests
{
    private static readonly Scope GemeenteTynaarlo = Scope.Gemeente(Tynaarlo);
    private static readonly Scope GemeenteAssen = Scope.Gemeente(Assen);
    private static readonly Scope Regio = Scope.Regio("22.01");
    private readonly Guid _zaak = Guid.NewGuid();

    private IAgendaEvent[] Verhuizing() =>
        [Gemeld(_zaak, Tynaarlo, null, "2025-09-01"), Overgedragen(_zaak, Tynaarlo, Assen, "2025-11-01")];

    [Theory]
    [InlineData("2025-10-31", 1, 0)]
    [InlineData("2025-11-01", 0, 1)]
    public void A_transferred_case_counts_for_the_old_municipality_before_the_transfer_date_and_for_the_new_one_from_it(string peildatum, int tynaarlo, int assen)
    {
        Assert.Equal(tynaarlo, KpisVan(GemeenteTynaarlo, peildatum, Verhuizing()).Thuiszitters.Open);
        Assert.Equal(assen, KpisVan(GemeenteAssen, peildatum, Verhuizing()).Thuiszitters.Open);
        Assert.Equal(1, KpisVan(Regio, peildatum, Verhuizing()).Thuiszitters.Open);
    }

    [Fact]
    public void A_transfer_keeps_the_clock_so_the_case_is_longer_than_three_months_in_the_new_municipality()
    {
        // 1 September + 3 months = 1 December: longer than three months from 2 December.
        Assert.Equal(1, KpisVan(GemeenteAssen, "2025-12-02", Verhuizing()).Thuiszitters.LangerDanDrieMaanden);
        Assert.Equal(0, KpisVan(GemeenteTynaarlo, "2025-12-02", Verhuizing()).Thuiszitters.LangerDanDrieMaanden);
        Assert.Equal(1, KpisVan(Regio, "2025-12-02", Verhuizing()).Thuiszitters.LangerDanDrieMaanden);
    }

    [Fact]
    public void A_transfer_arriving_before_the_report_gives_the_same_figures()
    {
        var events = Verhuizing().Reverse().ToArray();

        Assert.Equal(1, KpisVan(GemeenteAssen, "2025-12-02", events).Thuiszitters.LangerDanDrieMaanden);
        Assert.Equal(0, KpisVan(GemeenteTynaarlo, "2025-12-02", events).Thuiszitters.Open);
    }

    [Fact]
    public void A_case_closed_after_a_transfer_is_closed_in_the_new_municipality_only()
    {
        var events = Verhuizing().Append(Beeindigd(_zaak, Assen, null, "2025-11-15")).ToArray();

        Assert.Equal(1, KpisVan(GemeenteAssen, "2025-12-01", events).Thuiszitters.Afgesloten);
        Assert.Equal(0, KpisVan(GemeenteTynaarlo, "2025-12-01", events).Thuiszitters.Afgesloten);
    }

    [Fact]
    public void A_case_at_a_registered_school_counts_for_the_school_and_its_SWV_per_thousand_pupils()
    {
        IAgendaEvent[] events = [Gemeld(_zaak, Tynaarlo, BaoTynaarlo, "2025-09-01")];

        Assert.Equal(3.3m, KpisVan(Scope.School(BaoTynaarlo), "2025-10-01", events).Thuiszitters.PerDuizend); // 1000 / 300
        Assert.Equal(1.4m, KpisVan(Scope.Swv("PO2201"), "2025-10-01", events).Thuiszitters.PerDuizend); // 1000 / 700
        Assert.Equal(0, KpisVan(Scope.Swv("VO2201"), "2025-10-01", events).Thuiszitters.Open);
        Assert.Equal(0, KpisVan(Scope.School(SboTynaarlo), "2025-10-01", events).Thuiszitters.Open);
    }

    [Fact]
    public void A_school_outside_the_register_counts_nothing()
    {
        var kpis = KpisVan(Scope.School("99ZZ"), "2025-10-01",
            Gemeld(_zaak, Tynaarlo, "99ZZ", "2025-09-01"), Traject(Guid.NewGuid(), "99ZZ", Guid.NewGuid(), "Yorneo", "2025-09-01"));

        Assert.Equal(0, kpis.Thuiszitters.Open);
        Assert.Null(kpis.Thuiszitters.PerDuizend);
        Assert.Equal(0, kpis.Trajecten.Actief);
        Assert.Equal(0, kpis.Inkoop.AanbiedersBijSchool);
        Assert.Equal(0, kpis.Regie.OpenCasussen);
    }

    [Fact]
    public void A_peildatum_before_the_first_event_gives_zeros_and_no_shares()
    {
        var kpis = KpisVan(GemeenteTynaarlo, "2025-08-31", Gemeld(_zaak, Tynaarlo, null, "2025-09-01"), Beeindigd(_zaak, Tynaarlo, null, "2025-10-01"));

        Assert.Equal((0, 0, 0), (kpis.Thuiszitters.Open, kpis.Thuiszitters.Afgesloten, kpis.Jaartelling.Totaal));
        Assert.Equal(0.0m, kpis.Thuiszitters.PerDuizend);
        Assert.Null(kpis.Thuiszitters.BinnenDrieMaandenOpgelost);
        Assert.Null(kpis.Regie.AandeelMetCasusregisseur);
    }

    [Fact]
    public void No_closed_cases_gives_no_solved_share()
    {
        Assert.Null(KpisVan(GemeenteTynaarlo, "2025-10-01", Gemeld(_zaak, Tynaarlo, null, "2025-09-01")).Thuiszitters.BinnenDrieMaandenOpgelost);
    }

    [Fact]
    public void The_figures_per_kind_split_the_cases_of_the_scope()
    {
        var kpis = KpisVan(GemeenteTynaarlo, "2025-10-01",
            Gemeld(Guid.NewGuid(), Tynaarlo, null, "2025-09-01", SoortVerzuim.Absoluut),
            Gemeld(Guid.NewGuid(), Tynaarlo, BaoTynaarlo, "2025-09-01"),
            Gemeld(Guid.NewGuid(), Tynaarlo, VoTynaarlo, "2025-09-01"));

        Assert.Equal((3, 1, 2), (kpis.Thuiszitters.Open, kpis.Absoluut.Open, kpis.LangdurigRelatief.Open));
    }

    [Theory]
    [InlineData("2025-07-31", "15.6")] // 78 x 1000 / 5,000 (school year 2024-2025)
    [InlineData("2025-08-01", "14.8")] // 78 x 1000 / 5,270 (school year 2025-2026), the report's figure
    public void Per_thousand_uses_the_young_people_of_the_school_year_holding_the_peildatum(string peildatum, string verwacht)
    {
        var events = Enumerable.Range(0, 78).Select(_ => (IAgendaEvent)Gemeld(Guid.NewGuid(), Tynaarlo, null, "2025-07-01")).ToArray();

        Assert.Equal(decimal.Parse(verwacht, System.Globalization.CultureInfo.InvariantCulture), KpisVan(GemeenteTynaarlo, peildatum, events).Thuiszitters.PerDuizend);
    }

    [Fact]
    public void A_correction_to_another_municipality_moves_the_case_there_from_its_start()
    {
        var gemeld = Gemeld(_zaak, Tynaarlo, BaoTynaarlo, "2025-09-01");
        IAgendaEvent[] events = [gemeld, Gemeld(_zaak, Assen, BaoAssen, "2025-09-01") with { Corrigeert = gemeld.EventId }];

        Assert.Equal(0, KpisVan(GemeenteTynaarlo, "2025-10-01", events).Thuiszitters.Open);
        Assert.Equal(0, KpisVan(Scope.School(BaoTynaarlo), "2025-10-01", events).Thuiszitters.Open);
        Assert.Equal(1, KpisVan(GemeenteAssen, "2025-10-01", events).Thuiszitters.Open);
        Assert.Equal(1, KpisVan(Scope.School(BaoAssen), "2025-10-01", events).Thuiszitters.Open);
    }
}

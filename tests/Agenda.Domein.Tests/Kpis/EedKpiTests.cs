using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Values;
using static Agenda.Domein.Tests.Maak;
using static Agenda.Domein.Tests.TestRegister;

namespace Agenda.Domein.Tests.Kpis;

/// <summary>
/// EED coverage over the primary schools (BAO, SBO, SO): Tynaarlo has 11AA (BAO, 300 pupils) and 22BB (SBO, 100);
/// its VO school does not count. Assen has 44DD (BAO, 200) and 55EE (SO, 100).
/// </summary>
public class EedKpiTests
{
    private static ContractGesloten Eed(string? gemeente, string start, string? eind = null, params string[] scholen) =>
        Contract(Guid.NewGuid(), Guid.NewGuid(), "Dyslexiecentrum", gemeente, start, eind, ContractSoort.Eed, scholen);

    [Fact]
    public void A_contract_listing_one_school_covers_that_school_by_count_and_by_pupils()
    {
        var eed = KpisVan(Scope.Gemeente(Tynaarlo), "2026-03-01", Eed(Tynaarlo, "2025-01-01", null, BaoTynaarlo)).Eed;

        Assert.Equal((2, 1, 50.0m, 75.0m), (eed.PrimaireScholen, eed.GedekteScholen, eed.Dekking, eed.DekkingNaarLeerlingen)); // 300 of 400 pupils
    }

    [Fact]
    public void A_contract_for_the_whole_municipality_covers_all_its_primary_schools()
    {
        var eed = KpisVan(Scope.Gemeente(Tynaarlo), "2026-03-01", Eed(Tynaarlo, "2025-01-01")).Eed;

        Assert.Equal((2, 100.0m, 100.0m), (eed.GedekteScholen, eed.Dekking, eed.DekkingNaarLeerlingen));
    }

    [Fact]
    public void A_subregion_contract_counts_for_the_school_it_serves_in_any_municipality()
    {
        ContractGesloten[] events = [Eed(null, "2025-01-01", null, BaoAssen), Eed(Tynaarlo, "2025-01-01", null, BaoTynaarlo)];

        var assen = KpisVan(Scope.Gemeente(Assen), "2026-03-01", events).Eed;
        var regio = KpisVan(Scope.Regio("22.01"), "2026-03-01", events).Eed;

        Assert.Equal((1, 50.0m, 66.7m), (assen.GedekteScholen, assen.Dekking, assen.DekkingNaarLeerlingen)); // 200 of 300 pupils
        Assert.Equal((4, 2, 50.0m, 71.4m), (regio.PrimaireScholen, regio.GedekteScholen, regio.Dekking, regio.DekkingNaarLeerlingen)); // 500 of 700
    }

    [Fact]
    public void A_contract_of_another_municipality_does_not_cover_a_school_it_lists()
    {
        Assert.Equal(0, KpisVan(Scope.Gemeente(Tynaarlo), "2026-03-01", Eed(Assen, "2025-01-01", null, BaoTynaarlo)).Eed.GedekteScholen);
    }

    [Theory]
    [InlineData("2025-12-31", "100.0")]
    [InlineData("2026-01-01", "0.0")]
    public void An_ended_contract_no_longer_covers_from_its_end_date(string peildatum, string dekking)
    {
        Assert.Equal(decimal.Parse(dekking, System.Globalization.CultureInfo.InvariantCulture),
            KpisVan(Scope.Gemeente(Tynaarlo), peildatum, Eed(Tynaarlo, "2025-01-01", "2026-01-01")).Eed.Dekking);
    }

    [Fact]
    public void A_jeugdhulp_contract_gives_no_EED_coverage()
    {
        Assert.Equal(0, KpisVan(Scope.Gemeente(Tynaarlo), "2026-03-01", Contract(Guid.NewGuid(), Guid.NewGuid(), "Accare", Tynaarlo, "2025-01-01")).Eed.GedekteScholen);
    }

    [Fact]
    public void A_scope_without_primary_schools_has_no_coverage_figure()
    {
        var eed = KpisVan(Scope.School(VoTynaarlo), "2026-03-01", Eed(Tynaarlo, "2025-01-01")).Eed;

        Assert.Equal((0, null, null), (eed.PrimaireScholen, eed.Dekking, eed.DekkingNaarLeerlingen));
    }

    private static IAgendaEvent[] Verwijzingen(params (string Verwijsdatum, string? Start)[] verwijzingen) =>
        verwijzingen.SelectMany(v =>
        {
            var id = Guid.NewGuid();
            return v.Start is null
                ? new IAgendaEvent[] { Verwijzing(id, BaoTynaarlo, v.Verwijsdatum) }
                : [Verwijzing(id, BaoTynaarlo, v.Verwijsdatum), Behandelstart(id, v.Start)];
        }).ToArray();

    [Fact]
    public void Referrals_up_to_the_peildatum_with_starts_waiting_and_the_median_of_an_odd_count()
    {
        var eed = KpisVan(Scope.School(BaoTynaarlo), "2026-03-01", Verwijzingen(
            ("2025-09-01", "2025-09-11"), ("2025-09-01", "2025-09-21"), ("2025-10-01", "2025-11-30"), ("2025-10-01", null), ("2026-04-01", null))).Eed;

        Assert.Equal((4, 3, 1, 20.0m), (eed.Verwijzingen, eed.Gestart, eed.Wachtend, eed.MediaanDagenTotStart)); // 10, 20, 60 days
    }

    [Fact]
    public void The_median_of_an_even_count_is_the_mean_of_the_middle_two()
    {
        var eed = KpisVan(Scope.Gemeente(Tynaarlo), "2026-03-01", Verwijzingen(("2025-09-01", "2025-09-11"), ("2025-09-01", "2025-09-22"))).Eed;

        Assert.Equal(15.5m, eed.MediaanDagenTotStart); // 10 and 21 days
    }

    [Fact]
    public void A_treatment_starting_after_the_peildatum_is_still_waiting()
    {
        var eed = KpisVan(Scope.Gemeente(Tynaarlo), "2025-09-15", Verwijzingen(("2025-09-01", "2025-09-11"), ("2025-09-01", "2025-09-21"))).Eed;

        Assert.Equal((2, 1, 1, 10.0m), (eed.Verwijzingen, eed.Gestart, eed.Wachtend, eed.MediaanDagenTotStart));
    }

    [Fact]
    public void No_started_treatment_gives_no_median()
    {
        Assert.Null(KpisVan(Scope.Gemeente(Tynaarlo), "2026-03-01", Verwijzingen(("2025-09-01", null))).Eed.MediaanDagenTotStart);
    }
}

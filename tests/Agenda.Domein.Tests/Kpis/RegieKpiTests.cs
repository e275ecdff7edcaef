using Ontwikkelagenda.Contracts.Events;
using static Agenda.Domein.Tests.Maak;
using static Agenda.Domein.Tests.TestRegister;

namespace Agenda.Domein.Tests.Kpis;

/// <summary>Open complex cases (and unlinked open thuiszitter cases), the share with a casusregisseur, and those past twelve weeks.</summary>
public class RegieKpiTests
{
    private static readonly Scope GemeenteAssen = Scope.Gemeente(Assen);

    private static IAgendaEvent[] Casussen()
    {
        Guid k1 = Guid.NewGuid(), k2 = Guid.NewGuid(), k3 = Guid.NewGuid(), k4 = Guid.NewGuid(), k5 = Guid.NewGuid();
        Guid t1 = Guid.NewGuid(), t2 = Guid.NewGuid();
        return
        [
            Casus(k1, Assen, null, "2026-01-01", metRegisseur: true),
            Casus(k2, Assen, BaoAssen, "2025-11-01"), RegisseurToegewezen(k2, "2026-02-01"),
            Casus(k3, Assen, null, "2025-10-01"),
            Casus(k4, Assen, null, "2025-10-01"), CasusAfgesloten(k4, "2026-02-01"),
            Gemeld(t1, Assen, null, "2025-12-01"), Casus(k5, Assen, null, "2025-12-15", thuiszitterZaak: t1, metRegisseur: true),
            Gemeld(t2, Assen, null, "2026-02-20"),
            Casus(Guid.NewGuid(), Tynaarlo, null, "2025-10-01"),
        ];
    }

    [Fact]
    public void A_linked_thuiszitter_case_counts_once_and_an_unlinked_one_counts_without_a_casusregisseur()
    {
        var regie = KpisVan(GemeenteAssen, "2026-03-01", Casussen()).Regie;

        // Open: k1, k2, k3, k5 (linking t1) and t2; with a casusregisseur: k1, k2 (from 1 February), k5.
        Assert.Equal((5, 3, 60.0m), (regie.OpenCasussen, regie.MetCasusregisseur, regie.AandeelMetCasusregisseur));
        // Past twelve weeks: k2 (1 Nov + 84 days = 24 Jan) and k3; not k1 (26 Mar), k5 (9 Mar) or t2.
        Assert.Equal(2, regie.LangerDanTwaalfWeken);
    }

    [Fact]
    public void A_casusregisseur_counts_from_the_date_of_assignment()
    {
        var regie = KpisVan(GemeenteAssen, "2026-01-31", Casussen()).Regie;

        Assert.Equal(2, regie.MetCasusregisseur); // k1 and k5; k2 only from 1 February
    }

    [Theory]
    [InlineData("2025-12-24", 0)] // 1 October + 84 days = 24 December: not yet past
    [InlineData("2025-12-25", 1)]
    public void Twelve_weeks_are_past_the_day_after_start_plus_84_days(string peildatum, int langer)
    {
        Assert.Equal(langer, KpisVan(GemeenteAssen, peildatum, Casus(Guid.NewGuid(), Assen, null, "2025-10-01")).Regie.LangerDanTwaalfWeken);
    }

    [Fact]
    public void A_school_counts_the_complex_cases_that_name_it()
    {
        Assert.Equal(1, KpisVan(Scope.School(BaoAssen), "2026-03-01", Casussen()).Regie.OpenCasussen);
    }

    [Fact]
    public void Without_open_cases_there_is_no_share()
    {
        var regie = KpisVan(GemeenteAssen, "2026-03-01").Regie;

        Assert.Equal((0, 0, null, 0), (regie.OpenCasussen, regie.MetCasusregisseur, regie.AandeelMetCasusregisseur, regie.LangerDanTwaalfWeken));
    }
}

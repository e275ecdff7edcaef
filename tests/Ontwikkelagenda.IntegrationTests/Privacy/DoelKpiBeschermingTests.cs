extern alias AgendaApi;

using Agenda.Api.Client;
using AgendaApi::Agenda.Api.Privacy;
using Ontwikkelagenda.Contracts.Kpis;
using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.IntegrationTests.Privacy;

/// <summary>Agenda.Api's rule for a goal's KPI (<see cref="DoelKpiBescherming"/>), one figure at a time.</summary>
public sealed class DoelKpiBeschermingTests
{
    private static DoelStand Stand(string? kpi, decimal? waarde, DoelStatus? status = DoelStatus.AandachtNodig) =>
        new(5, "Doel", kpi, waarde, 0, status, DoelStatus.OpKoers, new DateOnly(2026, 1, 8));

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    [InlineData(4, false)]
    [InlineData(5, true)]
    [InlineData(12, true)]
    public void A_count_of_children_of_1_to_4_is_withheld_with_its_status_and_carries_no_number(int waarde, bool getoond)
    {
        var stand = DoelKpiBescherming.Stand(Stand(KpiSleutels.ThuiszittersLangerDanDrieMaanden, waarde), basis: 0, exact: false);

        Assert.Equal(getoond ? Cijfer.Shown(waarde) : Cijfer.Withheld(Onderdrukking.SmallNumber), stand.KpiWaarde);
        Assert.Equal(getoond ? DoelStatus.AandachtNodig : null, stand.KpiStatus);
        Assert.Equal(DoelStatus.OpKoers, stand.RapportStatus);
    }

    [Fact]
    public void A_caller_with_case_rights_for_the_place_gets_the_exact_count_and_status()
    {
        var stand = DoelKpiBescherming.Stand(Stand(KpiSleutels.ThuiszittersLangerDanDrieMaanden, 3), basis: 0, exact: true);

        Assert.Equal((Cijfer.Shown(3), (DoelStatus?)DoelStatus.AandachtNodig), (stand.KpiWaarde, stand.KpiStatus));
    }

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    [InlineData(0, true)]
    public void A_share_of_childrens_cases_is_withheld_when_it_rests_on_1_to_4(int basis, bool getoond)
    {
        foreach (var kpi in new[] { KpiSleutels.RegieAandeelMetCasusregisseur, KpiSleutels.TrajectenAandeelLicht })
        {
            var stand = DoelKpiBescherming.Stand(Stand(kpi, 75m), basis, exact: false);
            Assert.Equal(getoond ? Cijfer.Shown(75m) : Cijfer.Withheld(Onderdrukking.SmallBase), stand.KpiWaarde);
        }
    }

    [Fact]
    public void A_KPI_about_schools_is_shown_as_it_is()
    {
        Assert.Equal(Cijfer.Shown(3), DoelKpiBescherming.Stand(Stand(KpiSleutels.InkoopScholenBovenNorm, 3), 0, exact: false).KpiWaarde);
        Assert.Equal(Cijfer.Shown(96.4m), DoelKpiBescherming.Stand(Stand(KpiSleutels.EedDekking, 96.4m), 0, exact: false).KpiWaarde);
    }

    [Fact]
    public void A_difference_is_shown_only_when_both_ends_are()
    {
        var klein = Cijfer.Withheld(Onderdrukking.SmallNumber);

        Assert.Equal(Cijfer.Shown(-2), DoelKpiBescherming.Verschil(Cijfer.Shown(7), Cijfer.Shown(5)));
        Assert.Equal(Cijfer.Withheld(Onderdrukking.RevealsCount), DoelKpiBescherming.Verschil(Cijfer.Shown(0), klein));
        Assert.Equal(Cijfer.Withheld(Onderdrukking.RevealsCount), DoelKpiBescherming.Verschil(klein, Cijfer.Shown(9)));
        Assert.Equal(Cijfer.Withheld(Onderdrukking.RevealsCount), DoelKpiBescherming.Verschil(klein, klein));
        Assert.Equal(Cijfer.Shown(null), DoelKpiBescherming.Verschil(Cijfer.Shown(null), Cijfer.Shown(5)));
    }
}

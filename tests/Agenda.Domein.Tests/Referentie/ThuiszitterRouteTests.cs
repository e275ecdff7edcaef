using Agenda.Domein.Routering;
using static Agenda.Domein.Tests.Maak;
using static Agenda.Domein.Tests.TestRegister;

namespace Agenda.Domein.Tests.Referentie;

/// <summary>The scopes a thuiszitter case counts for (formerly ThuiszitterRoute, now <see cref="EventRoute"/>).</summary>
public class ThuiszitterRouteTests
{
    private static IEnumerable<string> Route(Ontwikkelagenda.Contracts.Events.IAgendaEvent e) => EventRoute.ScopesFor(e, Register).Select(s => s.ToString()).Order();

    [Fact]
    public void A_case_at_a_registered_school_counts_for_municipality_region_school_and_SWV()
    {
        Assert.Equal(["gemeente:GM1730", "regio:22.01", "school:11AA", "swv:PO2201"], Route(Gemeld(Guid.NewGuid(), Tynaarlo, BaoTynaarlo, "2025-09-01")));
    }

    [Fact]
    public void A_case_at_a_school_outside_the_register_counts_for_the_municipality_and_region_only()
    {
        Assert.Equal(["gemeente:GM1730", "regio:22.01"], Route(Gemeld(Guid.NewGuid(), Tynaarlo, "99ZZ", "2025-09-01")));
    }

    [Fact]
    public void An_absoluut_verzuim_case_without_a_school_counts_for_the_municipality_and_region_only()
    {
        Assert.Equal(["gemeente:GM1730", "regio:22.01"], Route(Gemeld(Guid.NewGuid(), Tynaarlo, null, "2025-09-01")));
    }

    [Fact]
    public void A_municipality_outside_the_region_does_not_count_for_the_region()
    {
        Assert.Equal(["gemeente:GM0014"], Route(Gemeld(Guid.NewGuid(), "GM0014", null, "2025-09-01")));
    }

    [Fact]
    public void A_closing_routes_like_the_report_so_it_can_overtake_it()
    {
        Assert.Equal(["gemeente:GM1730", "regio:22.01", "school:11AA", "swv:PO2201"], Route(Beeindigd(Guid.NewGuid(), Tynaarlo, BaoTynaarlo, "2025-09-01")));
    }

    [Fact]
    public void A_transfer_concerns_both_municipalities()
    {
        Assert.Equal(["gemeente:GM0106", "gemeente:GM1730", "regio:22.01"], Route(Overgedragen(Guid.NewGuid(), Tynaarlo, Assen, "2025-10-01")));
    }
}

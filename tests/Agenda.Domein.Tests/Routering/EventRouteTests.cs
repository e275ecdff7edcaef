using Agenda.Domein.Routering;
using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Values;
using static Agenda.Domein.Tests.Maak;
using static Agenda.Domein.Tests.TestRegister;

namespace Agenda.Domein.Tests.Routering;

public class EventRouteTests
{
    private static IEnumerable<string> Route(IAgendaEvent e) => EventRoute.ScopesFor(e, Register).Select(s => s.ToString()).Order();

    [Fact]
    public void A_subregion_contract_for_the_whole_municipality_concerns_all_four_municipalities_and_all_their_schools()
    {
        var route = Route(Contract(Guid.NewGuid(), Guid.NewGuid(), "Accare", null, "2025-01-01"));

        Assert.Equal(["gemeente:GM0106", "gemeente:GM1680", "gemeente:GM1730", "gemeente:GM1731", "regio:22.01",
            "school:11AA", "school:22BB", "school:33CC", "school:44DD", "school:55EE", "swv:PO2201", "swv:VO2201"], route);
    }

    [Fact]
    public void A_municipal_contract_for_the_whole_municipality_concerns_only_that_municipality_and_its_schools()
    {
        var route = Route(Contract(Guid.NewGuid(), Guid.NewGuid(), "Accare", Tynaarlo, "2025-01-01"));

        Assert.Equal(["gemeente:GM1730", "regio:22.01", "school:11AA", "school:22BB", "school:33CC", "swv:PO2201", "swv:VO2201"], route);
    }

    [Fact]
    public void A_contract_listing_schools_concerns_those_schools_and_their_SWV()
    {
        var route = Route(Contract(Guid.NewGuid(), Guid.NewGuid(), "Accare", Tynaarlo, "2025-01-01", null, ContractSoort.Eed, BaoTynaarlo));

        Assert.Equal(["gemeente:GM1730", "regio:22.01", "school:11AA", "swv:PO2201"], route);
    }

    [Fact]
    public void A_trajectory_concerns_its_school_SWV_municipality_and_region()
    {
        Assert.Equal(["gemeente:GM0106", "regio:22.01", "school:44DD", "swv:PO2201"], Route(Traject(Guid.NewGuid(), BaoAssen, Guid.NewGuid(), "Yorneo", "2025-09-01")));
        Assert.Equal(["gemeente:GM0106", "regio:22.01", "school:44DD", "swv:PO2201"], Route(Verwijzing(Guid.NewGuid(), BaoAssen, "2025-09-01")));
    }

    [Fact]
    public void A_trajectory_at_a_school_outside_the_register_routes_nowhere()
    {
        Assert.Empty(Route(Traject(Guid.NewGuid(), "99ZZ", Guid.NewGuid(), "Yorneo", "2025-09-01")));
    }

    [Fact]
    public void Providers_and_goal_reports_concern_the_region_only()
    {
        Assert.Equal(["regio:22.01"], Route(Aanbieder(Guid.NewGuid(), "Accare")));
        Assert.Equal(["regio:22.01"], Route(Rapport(Guid.NewGuid(), 1, DoelStatus.OpKoers, "2025-09-01")));
    }

    [Fact]
    public void A_complex_case_routes_like_a_thuiszitter_case()
    {
        Assert.Equal(["gemeente:GM0106", "regio:22.01", "school:55EE", "swv:PO2201"], Route(Casus(Guid.NewGuid(), Assen, SoAssen, "2025-09-01")));
    }

    [Fact]
    public void Events_without_routing_fields_have_no_scopes_of_their_own()
    {
        var id = Guid.NewGuid();
        IAgendaEvent[] events =
        [
            ContractEinde(id, "2026-01-01"), TrajectEinde(id, "2026-01-01"), Behandelstart(id, "2026-01-01"),
            RegisseurToegewezen(id, "2026-01-01"), CasusAfgesloten(id, "2026-01-01"), Intrekking(id, Guid.NewGuid()),
        ];

        Assert.All(events, e => Assert.Empty(Route(e)));
    }
}

using Ontwikkelagenda.Agenda.Silo.Referentie;
using Ontwikkelagenda.Contracts.Register;
using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.UnitTests.Referentie;

public class ThuiszitterRouteTests
{
    private static readonly Referentiedata Data = new(new ReferentiedataBestand(
        "test-1", "2025-2026", "testdata",
        [new Gemeente("GM1730", "Tynaarlo", 5270, "2025-2026"), new Gemeente("GM0106", "Assen", 9400, "2025-2026")],
        [new Samenwerkingsverband("PO2201", "SWV PO 22.01", "PO")],
        [new School("12AB", "OBS Test", SchoolSoort.Bao, "GM0106", "PO2201", 200)]));

    [Fact]
    public void A_case_at_a_registered_school_counts_for_municipality_region_school_and_SWV()
    {
        var route = Data.RouteFor(RegioGemeenten.Tynaarlo, Brin.Parse("12AB"));

        Assert.Equal(new ThuiszitterRoute("GM1730", true, "12AB", "PO2201"), route);
    }

    [Fact]
    public void A_case_at_a_school_outside_the_register_counts_for_the_municipality_and_region_only()
    {
        var route = Data.RouteFor(RegioGemeenten.Tynaarlo, Brin.Parse("99ZZ"));

        Assert.Equal(new ThuiszitterRoute("GM1730", true, null, null), route);
    }

    [Fact]
    public void An_absoluut_verzuim_case_without_a_school_counts_for_the_municipality_and_region_only()
    {
        Assert.Equal(new ThuiszitterRoute("GM1730", true, null, null), Data.RouteFor(RegioGemeenten.Tynaarlo, null));
    }

    [Fact]
    public void A_municipality_outside_the_region_does_not_count_for_the_region()
    {
        Assert.False(Data.RouteFor(GemeenteCode.Parse("GM0014"), null).Regio);
    }
}

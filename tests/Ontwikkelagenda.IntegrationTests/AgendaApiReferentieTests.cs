using Agenda.Api.Client;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.Contracts.Kpis;
using Ontwikkelagenda.Contracts.Referentie;

namespace Ontwikkelagenda.IntegrationTests;

/// <summary>Register, benchmarks and the report's baseline figures, from data/ and (benchmarks) the region's own count.</summary>
public sealed class AgendaApiReferentieTests(ServersFixture servers)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RegisterListsMunicipalitiesSwvsAndFindsSchoolsByNameOrBrin()
    {
        await using var scenario = await AgendaApiScenario.StartAsync(servers, feed: false);

        var gemeenten = await scenario.Agenda.GetGemeenten(Ct);
        var swvs = await scenario.Agenda.GetSamenwerkingsverbanden(Ct);
        var opNaam = await scenario.Agenda.GetScholen(zoek: "kristal", cancellationToken: Ct);
        var opVolledigeNaam = await scenario.Agenda.GetScholen(zoek: "het kristal (vries)", cancellationToken: Ct);
        var opBrin = await scenario.Agenda.GetScholen(zoek: "57cy", cancellationToken: Ct);
        var vries = await scenario.Agenda.GetScholen("GM1730", "Vries", Ct);

        Assert.Equal(["GM0106", "GM1680", "GM1730", "GM1731"], gemeenten.Select(g => g.Code).Order());
        Assert.Equal(new GemeenteInfo("GM1730", "Tynaarlo", 5270, "2025-2026"), gemeenten.Single(g => g.Code == "GM1730"));
        Assert.Equal([new SwvInfo("PO2201", "SWV PO 22.01", "PO"), new SwvInfo("VO2201", "SWV VO 22.01", "VO")], swvs.OrderBy(s => s.Code));
        Assert.Equal(["34LF", "57CY"], opNaam.Select(s => s.Brin).Order());
        Assert.Equal(new SchoolInfo("57CY", "Daltonschool Het Kristal (Vries)", "BAO", "GM1730", "PO2201", 175), Assert.Single(opVolledigeNaam));
        Assert.Equal("57CY", Assert.Single(opBrin).Brin);
        Assert.Equal(["10BC", "57CY", "84HV"], vries.Select(s => s.Brin).Order()); // the three with Vries in the name, all in Tynaarlo
    }

    [Fact]
    public async Task BenchmarksSetTheRegionsJaartellingNextToTheSameYearAndKindOnly()
    {
        await using var scenario = await AgendaApiScenario.StartAsync(servers, feed: false);
        // School year 2016-2017: five absoluut cases in Assen and one langdurig case at 57CY; one from 1 August 2017 is the next year.
        foreach (var start in new DateOnly[] { new(2016, 9, 1), new(2016, 10, 1), new(2016, 11, 1), new(2016, 12, 1), new(2017, 7, 31) })
            await scenario.Publish(Cases.Gemeld(RegioGemeenten.Assen, start));
        await scenario.Publish(Cases.Gemeld(RegioGemeenten.Tynaarlo, new DateOnly(2017, 3, 1)) with { Brin = AgendaApiScenario.Kristal, SoortVerzuim = SoortVerzuim.LangdurigRelatief });
        await scenario.Publish(Cases.Gemeld(RegioGemeenten.Assen, new DateOnly(2017, 8, 1)));
        // The region's count is protected for everyone: its exact count is that of its municipalities, each read by its own leerplichtambtenaar.
        await Eventually.Equal(7, async () =>
            GemeentenAlsLeerplicht.Regio(await scenario.GemeentenExact(new DateOnly(2017, 8, 1), Ct), g => g.Thuiszitters.Totaal.Open));

        var benchmarks = await scenario.Agenda.GetBenchmarks("2016-2017", Ct);
        var standaard = await scenario.Agenda.GetBenchmarks(cancellationToken: Ct);

        Assert.Equal(("2016-2017", new DateOnly(2017, 7, 31)), (benchmarks.Schooljaar, benchmarks.TeltTot));
        var soorten = benchmarks.Soorten.ToDictionary(s => s.Soort);
        Assert.Equal((Cijfer.Shown(5), Cijfer.Shown(0.2m), 0.6m, 1.8m, 0.2m), Figures(soorten["absoluut-verzuim-per-1000"])); // 5,000 / 22,970
        // One langdurig case: its count and its rate (public denominator) are withheld for every caller.
        Assert.Equal((Cijfer.Withheld(Onderdrukking.SmallNumber), Cijfer.Withheld(Onderdrukking.RevealsCount), 1.6m, 1.6m, 0.8m),
            Figures(soorten["langdurig-relatief-verzuim-per-1000"]));
        Assert.Equal((null, Cijfer.Shown(null), 20.2m, 26.0m, 14.8m), Figures(soorten["relatief-verzuim-per-1000"]));
        Assert.Equal((null, Cijfer.Shown(null), 1.6m, 1.8m, 0.9m), Figures(soorten["vsv-procent"]));
        Assert.NotEmpty(soorten["absoluut-verzuim-per-1000"].Bronnen);
        Assert.Equal("2016-2017", standaard.Schooljaar);

        // All still open on 1 August 2017, plus the one starting then: six absoluut and the one langdurig.
        var anderJaar = await scenario.Agenda.GetBenchmarks("2017-2018", Ct);
        Assert.All(anderJaar.Soorten, s => Assert.Equal((null, null, null), (s.Drenthe, s.Nederland, s.Tynaarlo)));
        var anderJaarSoorten = anderJaar.Soorten.ToDictionary(s => s.Soort);
        Assert.Equal(Cijfer.Shown(6), anderJaarSoorten["absoluut-verzuim-per-1000"].RegioAantal);
        Assert.Equal(Cijfer.Withheld(Onderdrukking.SmallNumber), anderJaarSoorten["langdurig-relatief-verzuim-per-1000"].RegioAantal);
    }

    [Fact]
    public async Task RapportcijfersReproduceTheReportsFiguresFromRawCounts()
    {
        await using var scenario = await AgendaApiScenario.StartAsync(servers, feed: false);

        var cijfers = (await scenario.Agenda.GetRapportcijfers(Ct)).ToDictionary(c => c.Code);

        Assert.Equal((1, 5270, "per-1000", 0.2m), Raw(cijfers["verzuim.absoluut"]));
        Assert.Equal((4, 5270, "per-1000", 0.8m), Raw(cijfers["verzuim.langdurigRelatief"]));
        Assert.Equal((78, 5270, "per-1000", 14.8m), Raw(cijfers["verzuim.relatief"]));
        Assert.Equal((3052, 3164, "procent", 96.5m), Raw(cijfers["deelname.bao"]));
        Assert.Equal(1.2m, cijfers["deelname.sbo"].Waarde);
        Assert.Equal(1.0m, cijfers["deelname.so"].Waarde);
        Assert.Equal(1.3m, cijfers["deelname.vso"].Waarde);
        Assert.Equal((125, 138, "procent", 90.6m), Raw(cijfers["rmc.dekking"]));
        Assert.Equal((9, null, "aantal", 9m), Raw(cijfers["vrijstelling.art5a"]));
    }

    private static (Cijfer?, Cijfer, decimal?, decimal?, decimal?) Figures(BenchmarkRegel regel) =>
        (regel.RegioAantal, regel.Regio, regel.Drenthe, regel.Nederland, regel.Tynaarlo);

    private static (int, int?, string, decimal) Raw(Rapportcijfer cijfer) => (cijfer.Teller, cijfer.Noemer, cijfer.Eenheid, cijfer.Waarde);
}

using Ontwikkelagenda.Web.Common.Live;
using System.Net;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Agenda.Api.Client;
using Ontwikkelagenda.Web.Components.Pages;
using Refit;

namespace Ontwikkelagenda.Web.Tests;

public sealed class DetailPagesTests : BunitContext
{
    private readonly Wijzigingsstroom stroom;
    private static readonly DateTimeOffset Nu = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(5);

    private readonly FakeAgendaApi api = new(_ => throw new NotSupportedException());

    public DetailPagesTests()
    {
        stroom = this.AddLive(Nu);
        Services.AddSingleton<IAgendaApi>(api);
        api.Gemeente = (_, _) => Detail.Gemeente();
        api.Samenwerkingsverband = (_, _) => Detail.Swv();
        api.School = (_, _) => Detail.School();
        api.Scholen = (gemeente, _) => [.. Detail.Scholen.Where(s => gemeente is null || s.Gemeente == gemeente)];
        api.Gemeenten = () => Detail.Gemeenten;
        api.Samenwerkingsverbanden = () => Detail.Samenwerkingsverbanden;
    }

    [Fact]
    public void Municipality_page_shows_every_kpi_family_with_small_counts_suppressed()
    {
        var page = Render<GemeentePage>(p => p.Add(x => x.Code, "GM1730"));

        page.WaitForAssertion(() => Assert.Equal("Gemeente Tynaarlo", page.Find("h1").TextContent.Trim()), WaitLimit);
        string Kpi(string key) => page.Find($"[data-kpi='{key}']").TextContent.Trim();
        Assert.Equal("<5", Kpi("absoluut.open"));                   // 3
        Assert.Equal("niet getoond", Kpi("absoluut.perDuizend"));  // would give the 3 back
        Assert.Equal("10", Kpi("langdurigRelatief.open"));
        Assert.Equal("niet getoond", Kpi("thuiszitters.open"));    // 13 - 10 = 3
        Assert.Equal("<5", Kpi("langdurigRelatief.langerDanDrieMaanden")); // 2
        Assert.Equal("<5", Kpi("jaartelling.absoluut"));
        Assert.Equal("niet getoond", Kpi("jaartelling.totaal"));
        Assert.Equal("14", Kpi("inkoop.aanbiedersOnderContract"));
        Assert.Equal("2", Kpi("inkoop.scholenBovenNorm"));          // schools, not children: never suppressed
        Assert.Equal("96,0%", Kpi("eed.dekking"));
        Assert.Equal("<5", Kpi("eed.wachtend"));                   // 3
        Assert.Equal("niet getoond", Kpi("eed.verwijzingen"));
        Assert.Equal("41,0 dagen", Kpi("eed.mediaanDagenTotStart"));
        Assert.Equal("8", Kpi("regie.openCasussen"));
        Assert.Equal("75,0%", Kpi("regie.aandeelMetCasusregisseur"));
        Assert.Equal("<5", Kpi("regie.langerDanTwaalfWeken"));
        Assert.Equal("66,7%", Kpi("trajecten.aandeelLicht"));
        Assert.DoesNotContain(">3<", page.Markup);
    }

    [Fact]
    public void Goal_statuses_are_given_in_words_and_a_withheld_kpi_hides_its_status()
    {
        var page = Render<GemeentePage>(p => p.Add(x => x.Code, "GM1730"));

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("tr[data-doel]").Count), WaitLimit);
        var thuiszitterspact = page.Find("tr[data-doel='5']");
        // The KPI is the total longer than three months (2): "<5", as the total is in the table above.
        Assert.Equal("<5", thuiszitterspact.QuerySelector("[data-kpi='doel.kpiWaarde']")!.TextContent.Trim());
        Assert.Equal("niet getoond", thuiszitterspact.QuerySelector("[data-kpi='doel.kpiStatus']")!.TextContent.Trim());
        Assert.Contains("achter", thuiszitterspact.QuerySelector("[data-kpi='doel.rapportStatus']")!.TextContent);
        var eed = page.Find("tr[data-doel='6']");
        Assert.Equal("96,0%", eed.QuerySelector("[data-kpi='doel.kpiWaarde']")!.TextContent.Trim());
        Assert.Equal("op koers", eed.QuerySelector("[data-kpi='doel.kpiStatus'] [data-status]")!.TextContent.Trim());
        Assert.Contains("nog geen rapport", eed.TextContent);
    }

    [Fact]
    public void Municipality_page_lists_its_schools_as_links()
    {
        api.Gemeente = (_, _) => Detail.Gemeente("GM0106", "Assen");

        var page = Render<GemeentePage>(p => p.Add(x => x.Code, "GM0106"));

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-scholen] a").Count), WaitLimit);
        Assert.Equal("scholen/19SL", page.Find("[data-scholen] a[data-brin='19SL']").GetAttribute("href"));
        Assert.Equal("scholen/41UH", page.Find("[data-scholen] a[data-brin='41UH']").GetAttribute("href"));
    }

    [Fact]
    public void Unknown_municipality_shows_niet_gevonden_with_a_link_back()
    {
        api.Gemeente = (_, _) => throw Status(HttpStatusCode.NotFound);

        var page = Render<GemeentePage>(p => p.Add(x => x.Code, "GM9999"));

        page.WaitForAssertion(() => Assert.Equal("Gemeente niet gevonden", page.Find("h1").TextContent.Trim()), WaitLimit);
        Assert.Contains("GM9999", page.Find("[data-niet-gevonden]").TextContent);
        Assert.NotNull(page.Find("[data-niet-gevonden] a[href='']"));
        Assert.Empty(page.FindAll("[data-melding='onbereikbaar']"));
    }

    [Fact]
    public void Swv_page_shows_its_figures_and_only_its_own_schools()
    {
        var page = Render<SamenwerkingsverbandPage>(p => p.Add(x => x.Code, "PO2201"));

        page.WaitForAssertion(() => Assert.Equal("SWV PO 22.01", page.Find("h1").TextContent.Trim()), WaitLimit);
        Assert.Equal("8", page.Find("[data-kpi='thuiszitters.open']").TextContent.Trim());
        page.WaitForAssertion(() => Assert.Equal(["19SL", "90BD"], page.FindAll("[data-scholen] a").Select(a => a.GetAttribute("data-brin"))), WaitLimit);
        Assert.Contains("per 1.000 leerlingen", page.Markup);
    }

    [Fact]
    public void School_page_shows_less_than_5_for_every_count_about_its_pupils()
    {
        var page = Render<SchoolPage>(p => p.Add(x => x.Brin, "19SL"));

        page.WaitForAssertion(() => Assert.Equal("OBS De Regenboog (Kloosterveen)", page.Find("h1").TextContent.Trim()), WaitLimit);
        string Kpi(string key) => page.Find($"[data-kpi='{key}']").TextContent.Trim();
        Assert.Equal("<5", Kpi("langdurigRelatief.open"));           // 2
        Assert.Equal("0", Kpi("absoluut.open"));
        Assert.Equal("<5", Kpi("thuiszitters.open"));      // the 2 itself, the same figure as langdurig relatief's
        Assert.Equal("niet getoond", Kpi("langdurigRelatief.perDuizend"));
        Assert.Equal("<5", Kpi("jaartelling.langdurigRelatief"));
        Assert.Equal("<5", Kpi("jaartelling.totaal")); // itself 1 to 4
        Assert.Equal("<5", Kpi("eed.gestart"));
        Assert.Equal("<5", Kpi("eed.verwijzingen")); // itself 1 to 4
        Assert.Equal("niet getoond", Kpi("eed.mediaanDagenTotStart"));
        Assert.Equal("<5", Kpi("regie.openCasussen"));
        Assert.Equal("niet getoond", Kpi("regie.aandeelMetCasusregisseur"));
        Assert.Equal("<5", Kpi("trajecten.licht"));
        Assert.Equal("<5", Kpi("trajecten.zwaar"));
        Assert.Equal("<5", Kpi("trajecten.actief")); // itself 1 to 4
        Assert.Equal("niet getoond", Kpi("trajecten.aandeelLicht"));
        Assert.Equal("2", Kpi("inkoop.aanbiedersBijSchool")); // providers, not pupils
    }

    [Fact]
    public void School_page_links_to_its_municipality_and_swv_by_name()
    {
        var page = Render<SchoolPage>(p => p.Add(x => x.Brin, "19SL"));

        page.WaitForAssertion(() => Assert.Equal("Assen", page.Find("a[data-gemeente='GM0106']").TextContent.Trim()), WaitLimit);
        Assert.Equal("gemeenten/GM0106", page.Find("a[data-gemeente]").GetAttribute("href"));
        var swv = page.Find("a[data-swv='PO2201']");
        Assert.Equal("samenwerkingsverbanden/PO2201", swv.GetAttribute("href"));
        Assert.Equal("SWV PO 22.01", swv.TextContent.Trim());
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound)]   // a BRIN outside the register
    [InlineData(HttpStatusCode.BadRequest)] // not a BRIN at all
    public void Unknown_school_shows_niet_gevonden_not_an_error(HttpStatusCode status)
    {
        api.School = (_, _) => throw Status(status);

        var page = Render<SchoolPage>(p => p.Add(x => x.Brin, "99ZZ"));

        page.WaitForAssertion(() => Assert.Equal("School niet gevonden", page.Find("h1").TextContent.Trim()), WaitLimit);
        Assert.Contains("99ZZ", page.Markup);
        Assert.NotNull(page.Find("[data-niet-gevonden] a[href='scholen']"));
    }

    [Fact]
    public void Detail_page_reads_again_on_a_change_and_says_when_politely()
    {
        var page = Render<SchoolPage>(p => p.Add(x => x.Brin, "19SL"));
        page.WaitForAssertion(() => Assert.Equal("<5", page.Find("[data-kpi='langdurigRelatief.open']").TextContent.Trim()), WaitLimit);

        api.School = (_, _) => Detail.School(open: 6);
        stroom.Gewijzigd();

        page.WaitForAssertion(() => Assert.Equal("6", page.Find("[data-kpi='langdurigRelatief.open']").TextContent.Trim()), WaitLimit);
        Assert.Equal("6", page.Find("[data-kpi='thuiszitters.open']").TextContent.Trim());
        var bijgewerkt = page.Find("[data-bijgewerkt]");
        Assert.Equal("polite", bijgewerkt.GetAttribute("aria-live"));
        Assert.Equal("Bijgewerkt om 10:00:00", bijgewerkt.TextContent.Trim());
    }

    [Fact]
    public void Detail_page_asks_again_for_a_new_peildatum()
    {
        var asked = new System.Collections.Concurrent.ConcurrentQueue<DateOnly?>();
        api.Gemeente = (code, peildatum) => { asked.Enqueue(peildatum); var gemeente = Detail.Gemeente(); return gemeente with { Cijfers = gemeente.Cijfers with { Peildatum = peildatum ?? Detail.Peildatum } }; };
        var page = Render<GemeentePage>(p => p.Add(x => x.Code, "GM1730"));

        page.Find("input#peildatum").Change("2026-08-01");

        page.WaitForAssertion(() => Assert.Contains("Cijfers op 1 augustus 2026", page.Markup), WaitLimit);
        Assert.Contains(new DateOnly(2026, 12, 1), asked);
    }

    private static ApiException Status(HttpStatusCode status) =>
        ApiException.Create(new HttpRequestMessage(HttpMethod.Get, "http://agenda-api/v1/x"), HttpMethod.Get,
            new HttpResponseMessage(status), new RefitSettings()).GetAwaiter().GetResult();
}

using Ontwikkelagenda.Web.Common.Live;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Agenda.Api.Client;
using Ontwikkelagenda.Web.Components.Pages;
using Ontwikkelagenda.Web.Common;

namespace Ontwikkelagenda.Web.Tests;

/// <summary>The goal table of the Regio-overzicht, its trend, benchmarks and print button.</summary>
public sealed class RegioOverzichtDoelenTests : BunitContext
{
    private readonly Wijzigingsstroom stroom;
    private static readonly DateTimeOffset Nu = new(2026, 1, 14, 23, 30, 0, TimeSpan.Zero);
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(15);

    // Aa en Hunze 3 longer than three months (suppressed), Assen 6, Midden-Drenthe and Tynaarlo 0.
    private readonly FakeAgendaApi api = new(peildatum => DoelVoorbeeld.Overzicht([10, 10, 10, 10], [3, 6, 0, 0]) with
    {
        Peildatum = peildatum ?? Voorbeeld.Peildatum,
    });

    public RegioOverzichtDoelenTests()
    {
        stroom = this.AddLive(Nu);
        Services.AddSingleton<IAgendaApi>(api);
        api.Doelen = peildatum => DoelVoorbeeld.Agenda(peildatum);
        api.Benchmarks = _ => DoelVoorbeeld.Benchmarks();
    }

    private IRenderedComponent<RegioOverzichtPage> RenderTable()
    {
        var page = Render<RegioOverzichtPage>();
        page.WaitForAssertion(() => Assert.Equal(6, page.FindAll("[data-doel-rij]").Count), WaitLimit);
        return page;
    }

    private static string Cel(IRenderedComponent<RegioOverzichtPage> page, int doel, string gebied, string hook) =>
        page.Find($"[data-doel='{doel}'][data-gebied='{gebied}'] {hook}").TextContent.Trim();

    [Fact]
    public void Goals_are_rows_with_the_four_municipalities_and_the_region_as_columns()
    {
        var page = RenderTable();

        var rij = page.Find("[data-doel-rij='5']");
        Assert.Contains("5. Thuiszitterspact", rij.QuerySelector("th[scope='row']")!.TextContent);
        var gebieden = rij.QuerySelectorAll("[data-gebied]").Select(c => c.GetAttribute("data-gebied")).ToList();
        Assert.Equal(["GM1680", "GM0106", "GM1731", "GM1730", "regio"], gebieden);
        Assert.Equal("gemeenten/GM1730", page.Find("[data-doelen-tabel] thead a[href='gemeenten/GM1730']").GetAttribute("href"));
    }

    [Fact]
    public void Status_is_given_by_text_and_an_icon()
    {
        var page = RenderTable();

        var assen = page.Find("[data-doel='5'][data-gebied='GM0106']");
        Assert.Equal("achter", assen.QuerySelector("[data-kpi-status] [data-status]")!.TextContent);
        Assert.NotNull(assen.QuerySelector(".status-label svg"));
        Assert.Equal("op koers", Cel(page, 5, "GM1730", "[data-kpi-status] [data-status]"));
        Assert.Equal("aandacht nodig", Cel(page, 4, "GM0106", "[data-kpi-status] [data-status]")); // 90% against bounds 95/80
        Assert.Contains("rapport 10 jan 2026:", page.Find("[data-doel='1'][data-gebied='regio'] [data-rapport]").TextContent);
    }

    [Fact]
    public void Goal_5_count_of_3_is_less_than_5_with_a_status_that_does_not_narrow_it()
    {
        var page = RenderTable();

        Assert.Equal("<5", Cel(page, 5, "GM1680", "[data-doel-waarde]"));
        Assert.Equal("niet op koers", Cel(page, 5, "GM1680", "[data-kpi-status] [data-status]"));
        Assert.Equal("6", Cel(page, 5, "GM0106", "[data-doel-waarde]"));
        Assert.DoesNotContain(">3<", page.Find("[data-doel='5'][data-gebied='GM1680']").OuterHtml);
    }

    [Fact]
    public void Region_goal_5_total_is_withheld_when_a_municipality_is_suppressed()
    {
        var page = RenderTable();

        Assert.Equal("niet getoond", Cel(page, 5, "regio", "[data-doel-waarde]"));
        // Agenda.Api gives no status beside a value withheld as secondary (it may be 0 or 5 and more).
        Assert.Equal("status niet getoond", Cel(page, 5, "regio", "[data-kpi-status] [data-status]"));
    }

    [Fact]
    public void Region_goal_5_total_that_Agenda_Api_shows_has_its_status()
    {
        api.AnswerWith(peildatum => DoelVoorbeeld.Overzicht([10, 10, 10, 10], [0, 6, 5, 0]) with { Peildatum = peildatum ?? Voorbeeld.Peildatum });

        var page = RenderTable();

        page.WaitForAssertion(() => Assert.Equal("11", Cel(page, 5, "regio", "[data-doel-waarde]")), WaitLimit);
        Assert.Equal("achter", Cel(page, 5, "regio", "[data-kpi-status] [data-status]"));
        Assert.Equal("0", Cel(page, 5, "GM1680", "[data-doel-waarde]"));
        Assert.Equal("op koers", Cel(page, 5, "GM1680", "[data-kpi-status] [data-status]"));
    }

    [Fact]
    public void Figures_about_schools_are_shown_as_they_are()
    {
        var page = RenderTable();

        Assert.Equal("1", Cel(page, 3, "GM1680", "[data-doel-waarde]")); // schools above the norm, not children
        Assert.Equal("aandacht nodig", Cel(page, 3, "GM1680", "[data-kpi-status] [data-status]"));
    }

    [Fact]
    public void A_goal_without_KPI_keeps_its_partner_report()
    {
        var page = RenderTable();

        var bestuur = page.Find("[data-doel='1'][data-gebied='regio']");
        Assert.Contains("geen KPI", bestuur.TextContent);
        Assert.Null(bestuur.QuerySelector("[data-kpi-status]"));
        Assert.Equal("aandacht nodig", Cel(page, 1, "regio", "[data-rapport] [data-status]"));
    }

    [Fact]
    public void Percentages_and_targets_are_Dutch()
    {
        var page = RenderTable();

        Assert.Equal("96,5%", Cel(page, 6, "regio", "[data-doel-waarde]"));
        Assert.Equal("90,0%", Cel(page, 4, "GM0106", "[data-doel-waarde]"));
        Assert.Contains("doel: 100%", page.Find("[data-doel='6'][data-gebied='regio']").TextContent);
        Assert.Contains("doel: 0", page.Find("[data-doel='5'][data-gebied='regio']").TextContent);
    }

    [Fact]
    public void Percentage_of_fewer_than_5_cases_is_withheld()
    {
        api.AnswerWith(peildatum => DoelVoorbeeld.Overzicht([10, 10, 10, 10], [0, 0, 0, 0], regieBasis: [2, 10, 10, 10]));

        var page = RenderTable();

        Assert.Equal("niet getoond", Cel(page, 4, "GM1680", "[data-doel-waarde]"));
        Assert.Equal("status niet getoond", Cel(page, 4, "GM1680", "[data-kpi-status] [data-status]"));
    }

    [Fact]
    public void Thuiszitters_goal_shows_the_benchmarks_with_their_school_year()
    {
        var page = RenderTable();

        page.WaitForAssertion(() =>
        {
            var benchmark = page.Find("[data-doel-rij='5'] [data-benchmark]");
            Assert.Contains("Schooljaar 2016-2017", benchmark.TextContent);
            Assert.Contains("Drenthe 1,6", benchmark.QuerySelector("[data-benchmark-soort='langdurig-relatief-verzuim-per-1000']")!.TextContent);
            Assert.Equal("0,5", benchmark.QuerySelector("[data-benchmark-soort='langdurig-relatief-verzuim-per-1000'] [data-benchmark-regio]")!.TextContent);
        }, WaitLimit);
    }

    [Fact]
    public void Region_benchmark_rate_that_Agenda_Api_withheld_shows_niet_getoond()
    {
        api.Benchmarks = _ => DoelVoorbeeld.Benchmarks((Cijfer.Withheld(Onderdrukking.SmallNumber), Cijfer.Withheld(Onderdrukking.RevealsCount)));
        var page = RenderTable();

        page.WaitForAssertion(() => Assert.Equal("niet getoond",
            page.Find("[data-benchmark-soort='langdurig-relatief-verzuim-per-1000'] [data-benchmark-regio]").TextContent), WaitLimit);
    }

    [Fact]
    public void Trend_of_twelve_months_has_a_text_alternative_without_suppressed_counts()
    {
        var page = RenderTable();

        page.WaitForAssertion(() =>
        {
            var tekst = page.Find("[data-doel-rij='6'] [data-trend-tekst]").TextContent;
            Assert.Contains("feb 2025 96,5%", tekst);
            Assert.Contains("jan 2026 96,5%", tekst);
        }, WaitLimit);
        // Goal 5's region total is withheld every month here: the text says so, the line has no such point.
        var thuiszitters = page.Find("[data-doel-rij='5'] [data-trend-tekst]").TextContent;
        Assert.Contains("niet getoond", thuiszitters);
        Assert.Contains("ontbreken in de lijn", page.Find("[data-doel-rij='5'] .trend-noot").TextContent);
        Assert.Equal(12, api.Requested.Distinct().Count()); // the peildatum and eleven month ends
    }

    [Fact]
    public void Table_scrolls_in_a_labelled_focusable_region()
    {
        var page = RenderTable();

        var region = page.Find("[data-doelen-tabel]");
        Assert.Equal("region", region.GetAttribute("role"));
        Assert.Equal("0", region.GetAttribute("tabindex"));
        Assert.False(string.IsNullOrWhiteSpace(region.GetAttribute("aria-label")));
    }

    [Fact]
    public void Print_button_prints_the_page()
    {
        JSInterop.SetupVoid("print");
        var page = RenderTable();

        var button = page.Find("button[data-afdrukken]");
        Assert.Contains("Afdrukken", button.TextContent);
        button.Click();

        page.WaitForAssertion(() => Assert.Contains(JSInterop.Invocations, i => i.Identifier == "print"), WaitLimit);
    }

    [Fact]
    public void Print_heading_names_the_data_date_and_when_it_was_fetched()
    {
        var page = RenderTable();

        page.WaitForAssertion(() => Assert.Equal(
            "Gegevens van 15 januari 2026; bijgewerkt op 15 januari 2026 om 00:30:00.",
            System.Text.RegularExpressions.Regex.Replace(page.Find("[data-afdruk-kop]").TextContent, @"\s+", " ").Trim()), WaitLimit);
    }

    [Fact]
    public void Goal_table_follows_new_figures_without_a_reload()
    {
        var page = RenderTable();
        Assert.Equal("6", Cel(page, 5, "GM0106", "[data-doel-waarde]"));

        api.AnswerWith(peildatum => DoelVoorbeeld.Overzicht([10, 10, 10, 10], [3, 7, 0, 0]) with { Peildatum = peildatum ?? Voorbeeld.Peildatum });
        stroom.Gewijzigd();

        page.WaitForAssertion(() => Assert.Equal("7", Cel(page, 5, "GM0106", "[data-doel-waarde]")), WaitLimit);
    }
}

using Ontwikkelagenda.Web.Common.Live;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Agenda.Api.Client;
using Ontwikkelagenda.Web.Components.Pages;

namespace Ontwikkelagenda.Web.Tests;

public sealed class RegioOverzichtPageTests : BunitContext
{
    private readonly Wijzigingsstroom stroom;
    // 14 January 2026 23:30 UTC is already 15 January (00:30) in Amsterdam: a UTC "today" would differ.
    private static readonly DateTimeOffset Nu = new(2026, 1, 14, 23, 30, 0, TimeSpan.Zero);

    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(5);

    private readonly FakeAgendaApi api = new(peildatum => Voorbeeld.Gewoon(peildatum));

    public RegioOverzichtPageTests()
    {
        stroom = this.AddLive(Nu);
        Services.AddSingleton<IAgendaApi>(api);
        api.Doelen = peildatum => DoelVoorbeeld.Agenda(peildatum);
        api.Benchmarks = _ => DoelVoorbeeld.Benchmarks();
    }

    [Fact]
    public void Renders_the_four_municipalities_and_the_region_from_the_api_figures()
    {
        var page = Render<RegioOverzichtPage>();

        page.WaitForAssertion(() =>
        {
            var codes = page.FindAll("[data-gemeente]").Select(e => e.GetAttribute("data-gemeente")).ToList();
            Assert.Equal(["GM1680", "GM0106", "GM1731", "GM1730"], codes);
            Assert.Single(page.FindAll("[data-regio]"));
        }, WaitLimit);

        var assen = page.Find("[data-gemeente='GM0106']");
        Assert.Contains("Assen", assen.TextContent);
        // 14 open is withheld: beside the durations in the same answer (0 under four weeks, 12 in between) it gives the 2 back.
        Assert.Equal("niet getoond", assen.QuerySelector("[data-kpi='open']")!.TextContent);
        Assert.Equal("<5", assen.QuerySelector("[data-kpi='langerDanDrieMaanden']")!.TextContent); // 2
        Assert.Equal("niet getoond", assen.QuerySelector("[data-kpi='perDuizend']")!.TextContent);
        Assert.Equal("6", page.Find("[data-gemeente='GM1731'] [data-kpi='open']").TextContent);
        Assert.Equal("1,1", page.Find("[data-gemeente='GM1731'] [data-kpi='perDuizend']").TextContent); // 6 of 5.300
        Assert.Equal("90,9%", assen.QuerySelector("[data-kpi='binnenDrieMaandenOpgelost']")!.TextContent);
        Assert.Equal("0", page.Find("[data-gemeente='GM1730'] [data-kpi='open']").TextContent);
    }

    [Fact]
    public void Shows_less_than_5_for_a_count_of_3()
    {
        var page = Render<RegioOverzichtPage>();

        page.WaitForAssertion(() =>
            Assert.Equal("<5", page.Find("[data-gemeente='GM1680'] [data-kpi='open']").TextContent), WaitLimit);
        Assert.DoesNotContain(">3<", page.Find("[data-gemeente='GM1680']").OuterHtml);
    }

    [Fact]
    public void Region_total_is_not_shown_when_it_would_reveal_a_suppressed_municipality()
    {
        var page = Render<RegioOverzichtPage>();

        page.WaitForAssertion(() =>
            Assert.Equal("niet getoond", page.Find("[data-regio] [data-kpi='open']").TextContent), WaitLimit);
        Assert.Equal("niet getoond", page.Find("[data-regio] [data-kpi='perDuizend']").TextContent);
        Assert.Equal("<5", page.Find("[data-regio] [data-kpi='langerDanDrieMaanden']").TextContent); // 2: itself small
    }

    [Fact]
    public void Percentage_solved_resting_on_fewer_than_5_closed_cases_is_not_shown()
    {
        api.AnswerWith(peildatum => Voorbeeld.Gewoon(peildatum) with
        {
            Gemeenten = Voorbeeld.Gewoon(peildatum).Gemeenten
                .Select(g => g.Code == "GM0106" ? g with { Thuiszitters = Voorbeeld.Cijfers(14, 2, 9_400, 50.0m, afgesloten: 2) } : g)
                .ToList(),
        });

        var page = Render<RegioOverzichtPage>();

        page.WaitForAssertion(() =>
            Assert.Equal("niet getoond", page.Find("[data-gemeente='GM0106'] [data-kpi='binnenDrieMaandenOpgelost']").TextContent), WaitLimit);
        Assert.Equal("90,9%", page.Find("[data-gemeente='GM1731'] [data-kpi='binnenDrieMaandenOpgelost']").TextContent);
    }

    [Fact]
    public void Shows_the_unreachable_message_when_the_api_throws()
    {
        api.AnswerWith(_ => throw new HttpRequestException("Connection refused"));

        var page = Render<RegioOverzichtPage>();

        page.WaitForAssertion(() =>
            Assert.Contains("De cijfers zijn nu niet bereikbaar; we proberen het opnieuw.", page.Markup), WaitLimit);
        Assert.Empty(page.FindAll("[data-gemeente]"));
    }

    [Fact]
    public void Keeps_the_last_figures_next_to_the_message_when_the_api_goes_away()
    {
        var page = Render<RegioOverzichtPage>();
        page.WaitForAssertion(() => Assert.Equal("6", page.Find("[data-gemeente='GM1731'] [data-kpi='open']").TextContent), WaitLimit);

        api.AnswerWith(_ => throw new HttpRequestException("Connection refused"));
        stroom.Gewijzigd();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-melding='onbereikbaar']")), WaitLimit);
        Assert.Equal("6", page.Find("[data-gemeente='GM1731'] [data-kpi='open']").TextContent);
    }

    [Fact]
    public void Message_disappears_when_the_api_answers_again()
    {
        api.AnswerWith(_ => throw new HttpRequestException("Connection refused"));
        var page = Render<RegioOverzichtPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-melding='onbereikbaar']")), WaitLimit);

        api.AnswerWith(peildatum => Voorbeeld.Gewoon(peildatum));
        stroom.Gewijzigd();

        page.WaitForAssertion(() =>
        {
            Assert.Empty(page.FindAll("[data-melding='onbereikbaar']"));
            Assert.Equal(4, page.FindAll("[data-gemeente]").Count);
        }, WaitLimit);
    }

    [Fact]
    public void Asks_for_today_in_Amsterdam_as_the_default_peildatum()
    {
        Render<RegioOverzichtPage>();

        Assert.True(api.Requested.TryPeek(out var first));
        Assert.Equal(new DateOnly(2026, 1, 15), first);
    }

    [Fact]
    public void Reloads_the_figures_for_a_new_peildatum()
    {
        var page = Render<RegioOverzichtPage>();

        page.Find("input#peildatum").Change("2025-08-01");

        page.WaitForAssertion(() => Assert.Contains(new DateOnly(2025, 8, 1), api.Requested), WaitLimit);
        page.WaitForAssertion(() => Assert.Contains("Cijfers op 1 augustus 2025", page.Markup), WaitLimit);
    }

    [Theory]
    [InlineData("0025-10-08")]   // a year half typed
    [InlineData("2014-07-31")]   // before passend onderwijs
    [InlineData("2026-01-16")]   // after today
    public void Ignores_a_peildatum_outside_the_possible_range(string typed)
    {
        var page = Render<RegioOverzichtPage>();

        page.Find("input#peildatum").Change(typed);

        // The trend asks for earlier month ends too; never for the date typed.
        Assert.DoesNotContain(DateOnly.ParseExact(typed, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), api.Requested);
        Assert.All(api.Requested, p => Assert.True(p <= new DateOnly(2026, 1, 15)));
    }

    [Fact]
    public void Peildatum_field_offers_only_possible_dates()
    {
        var page = Render<RegioOverzichtPage>();

        var input = page.Find("input#peildatum");
        Assert.Equal("2014-08-01", input.GetAttribute("min"));
        Assert.Equal("2026-01-15", input.GetAttribute("max"));
    }

    [Fact]
    public void Shows_new_figures_without_a_reload()
    {
        var page = Render<RegioOverzichtPage>();
        page.WaitForAssertion(() => Assert.Equal("6", page.Find("[data-gemeente='GM1731'] [data-kpi='open']").TextContent), WaitLimit);

        api.AnswerWith(_ => Voorbeeld.Overzicht([3, 14, 7, 0], [0, 2, 0, 0]));
        stroom.Gewijzigd();

        page.WaitForAssertion(() => Assert.Equal("7", page.Find("[data-gemeente='GM1731'] [data-kpi='open']").TextContent), WaitLimit);
    }

    [Fact]
    public void Says_when_the_figures_were_last_fetched_politely()
    {
        var page = Render<RegioOverzichtPage>();

        page.WaitForAssertion(() =>
        {
            var bijgewerkt = page.Find("[data-bijgewerkt]");
            Assert.Equal("polite", bijgewerkt.GetAttribute("aria-live"));
            Assert.Equal("Bijgewerkt om 00:30:00", bijgewerkt.TextContent.Trim());
        }, WaitLimit);
    }

    [Fact]
    public void Peildatum_field_is_labelled_Peildatum()
    {
        var page = Render<RegioOverzichtPage>();

        var label = page.Find("label[for='peildatum']");
        Assert.Equal("Peildatum", label.TextContent.Trim());
        Assert.Equal("date", page.Find("input#peildatum").GetAttribute("type"));
    }

    [Fact]
    public void Status_is_given_in_words()
    {
        var page = Render<RegioOverzichtPage>();

        page.WaitForAssertion(() =>
        {
            Assert.Contains("op koers", page.Find("[data-gemeente='GM1680']").TextContent);
            Assert.Contains("achter", page.Find("[data-gemeente='GM0106']").TextContent);
        }, WaitLimit);
    }

    [Fact]
    public void Status_beside_a_less_than_5_count_is_given_as_Agenda_Api_gives_it()
    {
        var page = Render<RegioOverzichtPage>();

        // The region's 2 longer than three months is "<5", which says it is not 0: achter, as Agenda.Api answers.
        page.WaitForAssertion(() =>
            Assert.Equal("<5", page.Find("[data-regio] [data-kpi='langerDanDrieMaanden']").TextContent), WaitLimit);
        Assert.Equal("achter", page.Find("[data-regio] [data-status]").TextContent);
        Assert.Equal("achter", page.Find("[data-gemeente='GM0106'] [data-status]").TextContent);
    }

    [Fact]
    public void Status_that_Agenda_Api_leaves_out_reads_status_niet_getoond()
    {
        // Aa en Hunze 3 and Assen 6 longer than three months: Agenda.Api withholds the region's 9 as secondary
        // (0, or 5 and more) and leaves its status out, which would tell which.
        api.AnswerWith(peildatum => Voorbeeld.Overzicht([10, 10, 10, 10], [3, 6, 0, 0]) with { Peildatum = peildatum ?? Voorbeeld.Peildatum });

        var page = Render<RegioOverzichtPage>();

        page.WaitForAssertion(() =>
            Assert.Equal("niet getoond", page.Find("[data-regio] [data-kpi='langerDanDrieMaanden']").TextContent), WaitLimit);
        Assert.Equal("status niet getoond", page.Find("[data-regio] [data-status]").TextContent);
        Assert.Equal("40", page.Find("[data-regio] [data-kpi='open']").TextContent);
        Assert.Equal("op koers", page.Find("[data-gemeente='GM1730'] [data-status]").TextContent);
    }

    [Fact]
    public void Region_figures_that_Agenda_Api_shows_are_rendered_in_Dutch()
    {
        api.AnswerWith(peildatum => Voorbeeld.Overzicht([5, 14, 6, 0], [0, 5, 0, 0]) with { Peildatum = peildatum ?? Voorbeeld.Peildatum });

        var page = Render<RegioOverzichtPage>();

        page.WaitForAssertion(() => Assert.Equal("25", page.Find("[data-regio] [data-kpi='open']").TextContent), WaitLimit);
        Assert.Equal("5", page.Find("[data-regio] [data-kpi='langerDanDrieMaanden']").TextContent);
        Assert.Equal("0,9", page.Find("[data-regio] [data-kpi='perDuizend']").TextContent); // 25 of 27.800
        Assert.Equal("achter", page.Find("[data-regio] [data-status]").TextContent);
    }

    [Fact]
    public void Samenwerkingsverband_rows_render_less_than_5_niet_getoond_and_Dutch_figures()
    {
        var page = Render<RegioOverzichtPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("tr[data-swv]").Count), WaitLimit);
        string Kpi(string swv, string kpi) => page.Find($"tr[data-swv='{swv}'] [data-kpi='{kpi}']").TextContent;
        // PO 22.01: 8 open, 1 longer than three months.
        Assert.Equal("<5", Kpi("PO2201", "langerDanDrieMaanden"));
        Assert.Equal("niet getoond", Kpi("PO2201", "open"));
        Assert.Equal("niet getoond", Kpi("PO2201", "perDuizend"));
        Assert.Equal("88,9%", Kpi("PO2201", "binnenDrieMaandenOpgelost"));
        Assert.Equal("achter", page.Find("tr[data-swv='PO2201'] [data-status]").TextContent);
        // VO 22.01: 12 open of 7.500 pupils, none longer.
        Assert.Equal("12", Kpi("VO2201", "open"));
        Assert.Equal("1,6", Kpi("VO2201", "perDuizend"));
        Assert.Equal("80,4%", Kpi("VO2201", "binnenDrieMaandenOpgelost"));
        Assert.Equal("op koers", page.Find("tr[data-swv='VO2201'] [data-status]").TextContent);
        Assert.DoesNotContain(">8<", page.Find("tr[data-swv='PO2201']").OuterHtml);
    }

    [Fact]
    public void Samenwerkingsverband_table_has_column_and_row_headers()
    {
        var page = Render<RegioOverzichtPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("tr[data-swv]").Count), WaitLimit);
        Assert.All(page.FindAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        Assert.All(page.FindAll("tr[data-swv] th"), th => Assert.Equal("row", th.GetAttribute("scope")));
    }
}

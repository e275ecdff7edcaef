using Ontwikkelagenda.Web.Common.Live;
using System.Collections.Concurrent;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Agenda.Api.Client;
using Ontwikkelagenda.Web.Components.Pages;
using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.Web.Tests;

public sealed class AgendaPageTests : BunitContext
{
    private readonly Wijzigingsstroom stroom;
    // 1 December 2026 in Amsterdam: the OOGO of 11 February 2027 lies ahead.
    private static readonly DateTimeOffset Nu = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Vandaag = new(2026, 12, 1);
    // Generous: the machine is shared; a pass is usually well under a second.
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(15);

    private readonly FakeAgendaApi api = new(_ => throw new NotSupportedException());
    private readonly ConcurrentQueue<(DateOnly? Van, DateOnly? Tot)> gevraagdeWijzigingen = new();

    public AgendaPageTests()
    {
        stroom = this.AddLive(Nu);
        Services.AddSingleton<IAgendaApi>(api);
        api.Doelen = peildatum => AgendaVoorbeeld.Doelen(peildatum);
        api.DoelHistorie = (nummer, van, tot, _, _) => AgendaVoorbeeld.Historie(nummer, van, tot);
        api.OogoOverleggen = () => AgendaVoorbeeld.Overleggen;
        api.OogoWijzigingen = (van, tot) =>
        {
            gevraagdeWijzigingen.Enqueue((van, tot));
            return AgendaVoorbeeld.Wijzigingen(van, tot);
        };
    }

    // MudBlazor components that open popovers need the provider the layout has.
    private IRenderedComponent<AgendaPage> RenderLoaded()
    {
        Render<MudPopoverProvider>();
        var page = Render<AgendaPage>();
        page.WaitForAssertion(() => Assert.Equal(6, page.FindAll("section[data-doel]").Count), WaitLimit);
        return page;
    }

    [Fact]
    public void Every_goal_has_a_stable_anchor_its_owners_and_a_link_to_report_progress()
    {
        var page = RenderLoaded();

        for (var nummer = 1; nummer <= 6; nummer++)
        {
            var sectie = page.Find($"section#doel-{nummer}");
            Assert.Equal($"melden/voortgang?doel={nummer}", sectie.QuerySelector("[data-rapporteren]")!.GetAttribute("href"));
            Assert.Equal(AgendaVoorbeeld.Eigenaren, sectie.QuerySelectorAll("[data-eigenaren] li").Select(li => li.TextContent.Trim()));
        }
        Assert.Equal("100,0%", page.Find("#doel-6 [data-streefwaarde]").TextContent);
    }

    [Fact]
    public void Goal_5_count_of_3_is_shown_as_less_than_5_and_never_as_3()
    {
        var page = RenderLoaded();

        var sectie = page.Find("#doel-5");
        Assert.Equal("<5", sectie.QuerySelector("[data-kpi-waarde]")!.TextContent);
        Assert.DoesNotContain(">3<", sectie.OuterHtml);
    }

    [Fact]
    public void Goal_5_chart_leaves_out_the_month_with_2_and_says_so_while_its_table_shows_less_than_5()
    {
        var page = RenderLoaded();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("#doel-5 [data-weggelaten]")), WaitLimit);
        Assert.Equal("1", page.Find("#doel-5 [data-weggelaten]").GetAttribute("data-weggelaten"));
        Assert.Equal(["0", "<5", "6", "0"], page.FindAll("#doel-5 [data-tabel] [data-waarde]").Select(c => c.TextContent));
        // The chart's series hold three points: the withheld month is not among them.
        var chart = page.FindComponents<MudTimeSeriesChart>().Single(c => c.Instance.ChartSeries.Any(s => s.Name.StartsWith("Thuiszitter", StringComparison.Ordinal)));
        var punten = chart.Instance.ChartSeries.SelectMany(s => s.Data).Select(p => p.Value).ToList();
        Assert.Equal([0d, 6d, 0d], punten);
    }

    [Fact]
    public void Goal_without_a_KPI_has_no_chart_but_has_its_timeline()
    {
        var page = RenderLoaded();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("#doel-1 [data-rapport]").Count), WaitLimit);
        Assert.Empty(page.FindAll("#doel-1 [data-grafiek]"));
    }

    [Fact]
    public void Timeline_shows_the_newest_report_first_and_flags_corrected_and_withdrawn_ones()
    {
        var correctie = AgendaVoorbeeld.Rapport(2, new(2026, 10, 29), "Gecorrigeerd", DoelStatus.Achter);
        var origineel = AgendaVoorbeeld.Rapport(2, new(2026, 10, 29), "Origineel", DoelStatus.OpKoers, gecorrigeerdDoor: correctie.EventId)
            with { RapportId = correctie.RapportId };
        var ingetrokken = AgendaVoorbeeld.Rapport(2, new(2026, 11, 12), "Ingetrokken", ingetrokken: true);
        var oud = AgendaVoorbeeld.Rapport(2, new(2025, 12, 1), "Oud");
        // Agenda.Api's order: by date, and within a date in the order reported.
        api.DoelHistorie = (nummer, van, tot, _, _) =>
            AgendaVoorbeeld.Historie(nummer, van, tot, nummer == 2 ? [oud, origineel, correctie, ingetrokken] : []);

        var page = RenderLoaded();

        page.WaitForAssertion(() => Assert.Equal(4, page.FindAll("#doel-2 [data-rapport]").Count), WaitLimit);
        Assert.Equal(["Ingetrokken", "Gecorrigeerd", "Origineel", "Oud"],
            page.FindAll("#doel-2 [data-toelichting]").Select(t => t.TextContent.Trim()));
        var items = page.FindAll("#doel-2 [data-rapport]");
        Assert.NotNull(items[0].QuerySelector("[data-vlag='ingetrokken']"));
        Assert.Null(items[1].QuerySelector("[data-vlag]"));
        Assert.NotNull(items[2].QuerySelector("[data-vlag='gecorrigeerd']"));
        Assert.Contains("A. de Vries (fictief), beleidsmedewerker, SWV PO 22.01", items[3].QuerySelector("[data-rapporteur]")!.TextContent);
    }

    [Fact]
    public void Compares_the_last_two_OOGO_meetings_up_to_today_by_default()
    {
        var page = RenderLoaded();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-wijziging]")), WaitLimit);
        Assert.Contains((new DateOnly(2026, 6, 18), new DateOnly(2026, 10, 8)), gevraagdeWijzigingen);
        Assert.DoesNotContain(gevraagdeWijzigingen, w => w.Tot == new DateOnly(2027, 2, 11));
        Assert.Equal("2026-06-18/2026-10-08", page.Find("[data-oogo-periode]").GetAttribute("data-oogo-periode"));
        Assert.Equal("2026-06-18", page.Find("select#oogo-van").GetAttribute("value"));
        Assert.Equal("2026-10-08", page.Find("select#oogo-tot").GetAttribute("value"));
        Assert.Equal("Van overleg", page.Find("label[for='oogo-van']").TextContent);
    }

    [Fact]
    public void Picking_two_meetings_asks_for_the_changes_between_exactly_those_dates()
    {
        var page = RenderLoaded();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-wijziging]")), WaitLimit);

        page.Find("select#oogo-van").Change("2026-03-12");
        page.WaitForAssertion(() => Assert.Contains((new DateOnly(2026, 3, 12), new DateOnly(2026, 10, 8)), gevraagdeWijzigingen), WaitLimit);
        page.Find("select#oogo-tot").Change("2026-06-18");

        page.WaitForAssertion(() =>
        {
            Assert.Contains((new DateOnly(2026, 3, 12), new DateOnly(2026, 6, 18)), gevraagdeWijzigingen);
            Assert.Equal("2026-03-12/2026-06-18", page.Find("[data-oogo-periode]").GetAttribute("data-oogo-periode"));
        }, WaitLimit);
    }

    [Fact]
    public void A_pair_in_the_wrong_order_is_not_asked_for_and_the_page_says_what_to_pick()
    {
        var page = RenderLoaded();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-wijziging]")), WaitLimit);

        page.Find("select#oogo-van").Change("2026-10-08");

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-oogo-fout]")), WaitLimit);
        Assert.DoesNotContain(gevraagdeWijzigingen, w => w.Van == new DateOnly(2026, 10, 8));
    }

    [Fact]
    public void Goal_5_change_between_OOGOs_hides_the_small_count_and_the_difference()
    {
        var page = RenderLoaded();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-wijziging='5'] [data-kpi-verloop]")), WaitLimit);
        var tekst = page.Find("[data-wijziging='5'] [data-kpi-verloop]").TextContent;
        Assert.Contains("0", tekst);
        Assert.Contains("<5", tekst);
        Assert.Contains("verschil niet getoond", tekst);
        Assert.DoesNotContain("3", tekst);
        Assert.Contains("+4,1 procentpunt", page.Find("[data-wijziging='2'] [data-kpi-verloop]").TextContent);
    }

    [Fact]
    public void A_new_report_shows_in_its_goals_timeline_without_a_reload()
    {
        var page = RenderLoaded();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("#doel-3 [data-rapport]").Count), WaitLimit);

        var nieuw = AgendaVoorbeeld.Rapport(3, Vandaag, "Nieuwe afspraken met aanbieders");
        api.DoelHistorie = (nummer, van, tot, _, _) => AgendaVoorbeeld.Historie(nummer, van, tot,
            [AgendaVoorbeeld.Rapport(nummer, new(2025, 11, 20), "Eerste rapportage"), .. nummer == 3 ? new[] { nieuw } : []]);
        stroom.Gewijzigd();

        page.WaitForAssertion(() =>
            Assert.Equal("Nieuwe afspraken met aanbieders", page.Find("#doel-3 [data-toelichting]").TextContent.Trim()), WaitLimit);
        Assert.Equal("Bijgewerkt om 10:00:00", page.Find("[data-bijgewerkt]").TextContent.Trim());
    }
}

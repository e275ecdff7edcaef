using Ontwikkelagenda.Web.Common.Live;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Agenda.Api.Client;
using Ontwikkelagenda.Web.Components.Pages;

namespace Ontwikkelagenda.Web.Tests;

public sealed class ThuiszittersPageTests : BunitContext
{
    private readonly Wijzigingsstroom stroom;
    private static readonly DateTimeOffset Nu = new(2026, 1, 14, 23, 30, 0, TimeSpan.Zero);
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(15);

    private readonly FakeAgendaApi api = new(peildatum => Overzicht(peildatum, assenKorter: 2));

    public ThuiszittersPageTests()
    {
        stroom = this.AddLive(Nu);
        Services.AddSingleton<IAgendaApi>(api);
    }

    /// <summary>
    /// Per municipality (under four weeks, middle, longer): Aa en Hunze (5, 6, 0), Assen (korter, 7, 5),
    /// Midden-Drenthe (0, 0, 0), Tynaarlo (10, 0, 5).
    /// </summary>
    private static RuwOverzicht Overzicht(DateOnly? peildatum, int assenKorter) =>
        Overzicht(peildatum, [(5, 6, 0), (assenKorter, 7, 5), (0, 0, 0), (10, 0, 5)]);

    /// <param name="duur">Per municipality: under four weeks, four weeks to three months, longer than three months.</param>
    /// <param name="afgesloten">Per municipality, the closed cases the percentages rest on (11 by default).</param>
    private static RuwOverzicht Overzicht(DateOnly? peildatum, (int Korter, int Tussen, int Langer)[] duur, int[]? afgesloten = null)
    {
        var basis = Voorbeeld.Overzicht(duur.Select(d => d.Korter + d.Tussen + d.Langer).ToArray(), duur.Select(d => d.Langer).ToArray());
        var gemeenten = basis.Gemeenten.Select((g, i) => g with
        {
            Thuiszitters = g.Thuiszitters with
            {
                KorterDanVierWeken = duur[i].Korter,
                AfgeslotenMetVrijstelling = 9.1m,
                Afgesloten = afgesloten?[i] ?? g.Thuiszitters.Afgesloten,
            },
        }).ToList();
        var regio = basis.Regio with
        {
            Thuiszitters = basis.Regio.Thuiszitters with { KorterDanVierWeken = duur.Sum(d => d.Korter), AfgeslotenMetVrijstelling = 9.1m },
        };
        return basis with { Peildatum = peildatum ?? Voorbeeld.Peildatum, Gemeenten = gemeenten, Regio = regio };
    }

    private IRenderedComponent<ThuiszittersPage> RenderTable()
    {
        var page = Render<ThuiszittersPage>();
        page.WaitForAssertion(() => Assert.Equal(4, page.FindAll("tr[data-gemeente]").Count), WaitLimit);
        return page;
    }

    private static string Duur(IRenderedComponent<ThuiszittersPage> page, string rij, string duur) =>
        page.Find($"{rij} [data-duur='{duur}']").TextContent;

    [Fact]
    public void Shows_open_cases_by_duration_per_municipality()
    {
        var page = RenderTable();

        Assert.Equal("Thuiszitters", page.Find("h1").TextContent);
        Assert.Equal("5", Duur(page, "[data-gemeente='GM1680']", "korter"));
        Assert.Equal("6", Duur(page, "[data-gemeente='GM1680']", "tussen"));
        Assert.Equal("0", Duur(page, "[data-gemeente='GM1680']", "langer"));
        Assert.Equal("11", Duur(page, "[data-gemeente='GM1680']", "open"));
        Assert.Equal("10", Duur(page, "[data-gemeente='GM1730']", "korter"));
    }

    [Fact]
    public void A_small_bucket_is_withheld_with_a_partner_so_the_total_does_not_give_it_back()
    {
        var page = RenderTable();

        // Assen (2, 7, 5): the 2 is "<5"; the open total 14 would give it back beside 7 and 5, so Agenda.Api withholds it.
        Assert.Equal("<5", Duur(page, "[data-gemeente='GM0106']", "korter"));
        Assert.Equal("7", Duur(page, "[data-gemeente='GM0106']", "tussen"));
        Assert.Equal("5", Duur(page, "[data-gemeente='GM0106']", "langer"));
        Assert.Equal("niet getoond", Duur(page, "[data-gemeente='GM0106']", "open"));
        Assert.Equal("niet getoond", Duur(page, "[data-regio]", "korter"));
        Assert.DoesNotContain(">2<", page.Find("[data-gemeente='GM0106']").OuterHtml);
    }

    [Fact]
    public void Figures_are_Dutch()
    {
        var page = RenderTable();

        Assert.Equal("2,6", Duur(page, "[data-gemeente='GM1680']", "perDuizend")); // 11 of 4.200
        Assert.Equal("90,9%", Duur(page, "[data-gemeente='GM1680']", "binnenDrieMaandenOpgelost"));
        Assert.Equal("9,1%", Duur(page, "[data-gemeente='GM1680']", "vrijstelling"));
        Assert.Contains("Cijfers op 15 januari 2026", page.Markup);
    }

    [Fact]
    public void Buckets_of_5_or_more_and_0_are_shown_in_Dutch()
    {
        api.AnswerWith(peildatum => Overzicht(peildatum, [(5, 0, 1234), (6, 7, 0), (0, 0, 0), (0, 0, 0)]));

        var page = Render<ThuiszittersPage>();

        page.WaitForAssertion(() => Assert.Equal("1.234", Duur(page, "[data-gemeente='GM1680']", "langer")), WaitLimit);
        Assert.Equal("5", Duur(page, "[data-gemeente='GM1680']", "korter"));
        Assert.Equal("0", Duur(page, "[data-gemeente='GM1680']", "tussen"));
        Assert.Equal("1.239", Duur(page, "[data-gemeente='GM1680']", "open"));
        Assert.Equal("7", Duur(page, "[data-regio]", "tussen"));
        Assert.Equal("1.252", Duur(page, "[data-regio]", "open"));
        Assert.Equal("90,9%", Duur(page, "[data-gemeente='GM0106']", "binnenDrieMaandenOpgelost"));
        Assert.Equal("9,1%", Duur(page, "[data-gemeente='GM0106']", "vrijstelling"));
    }

    [Fact]
    public void Percentages_resting_on_1_to_4_closed_cases_read_niet_getoond()
    {
        api.AnswerWith(peildatum => Overzicht(peildatum, [(5, 6, 0), (6, 7, 5), (0, 0, 0), (10, 0, 5)], afgesloten: [3, 11, 11, 11]));

        var page = Render<ThuiszittersPage>();

        page.WaitForAssertion(() =>
            Assert.Equal("niet getoond", Duur(page, "[data-gemeente='GM1680']", "binnenDrieMaandenOpgelost")), WaitLimit);
        Assert.Equal("niet getoond", Duur(page, "[data-gemeente='GM1680']", "vrijstelling"));
        Assert.Equal("90,9%", Duur(page, "[data-gemeente='GM0106']", "binnenDrieMaandenOpgelost"));
        Assert.Equal("9,1%", Duur(page, "[data-gemeente='GM0106']", "vrijstelling"));
    }

    [Fact]
    public void Shows_new_figures_without_a_reload_and_says_when()
    {
        var page = RenderTable();

        api.AnswerWith(peildatum => Overzicht(peildatum, assenKorter: 6));
        stroom.Gewijzigd();

        page.WaitForAssertion(() => Assert.Equal("6", Duur(page, "[data-gemeente='GM0106']", "korter")), WaitLimit);
        Assert.Equal("Bijgewerkt om 00:30:00", page.Find("[data-bijgewerkt]").TextContent.Trim());
        Assert.Equal("polite", page.Find("[data-bijgewerkt]").GetAttribute("aria-live"));
    }

    [Fact]
    public void Trend_has_twelve_months_as_a_table_too()
    {
        var page = RenderTable();

        page.WaitForAssertion(() => Assert.Equal(12, page.FindAll("tr[data-trend-maand]").Count), WaitLimit);
        Assert.Equal("2025-02-28", page.FindAll("tr[data-trend-maand]")[0].GetAttribute("data-trend-maand"));
        Assert.Equal("2026-01-15", page.FindAll("tr[data-trend-maand]")[11].GetAttribute("data-trend-maand"));
    }

    [Fact]
    public void Trend_area_can_be_chosen()
    {
        var page = RenderTable();
        page.WaitForAssertion(() => Assert.Equal(12, page.FindAll("tr[data-trend-maand]").Count), WaitLimit);

        page.Find("select#trend-gebied").Change("GM1680");

        page.WaitForAssertion(() => Assert.Contains("Aa en Hunze", page.Find("[data-trend-tekst]").TextContent), WaitLimit);
        Assert.Equal("Gebied", page.Find("label[for='trend-gebied']").TextContent);
    }
}

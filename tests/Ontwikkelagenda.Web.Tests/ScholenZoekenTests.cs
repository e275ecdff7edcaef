using Agenda.Api.Client;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Ontwikkelagenda.Web.Components.Overzicht;
using Ontwikkelagenda.Web.Components.Pages;
using Ontwikkelagenda.Web.Privacy;

namespace Ontwikkelagenda.Web.Tests;

public sealed class ScholenZoekenTests : BunitContext
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(5);
    private readonly FakeAgendaApi api = new(_ => throw new NotSupportedException());
    private readonly List<string?> gezocht = [];

    public ScholenZoekenTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLogging();
        Services.AddSingleton<IAgendaApi>(api);
        api.Scholen = (_, zoek) =>
        {
            gezocht.Add(zoek);
            return [.. Detail.Scholen.Where(s => s.Naam.Contains(zoek!, StringComparison.OrdinalIgnoreCase) || s.Brin == zoek)];
        };
        api.Gemeenten = () => Detail.Gemeenten;
        api.Samenwerkingsverbanden = () => Detail.Samenwerkingsverbanden;
    }

    [Fact]
    public void Results_page_lists_the_matches_as_links_to_their_pages()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("scholen?zoek=regenboog");

        var page = Render<ScholenZoekPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("tr[data-resultaat]").Count), WaitLimit);
        Assert.Equal(["regenboog"], gezocht);
        var kloosterveen = page.Find("tr[data-resultaat='19SL']");
        Assert.Equal("scholen/19SL", kloosterveen.QuerySelector("th a")!.GetAttribute("href"));
        Assert.Equal("OBS De Regenboog (Kloosterveen)", kloosterveen.QuerySelector("th a")!.TextContent.Trim());
        Assert.NotNull(kloosterveen.QuerySelector("a[href='gemeenten/GM0106']"));
        Assert.NotNull(kloosterveen.QuerySelector("a[href='samenwerkingsverbanden/PO2201']"));
        Assert.Contains("2 scholen gevonden", page.Find("[data-zoekresultaat-melding]").TextContent);
    }

    [Fact]
    public void Results_page_has_its_own_labelled_search_form_holding_the_term()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("scholen?zoek=41UH");

        var page = Render<ScholenZoekPage>();

        var form = page.Find("form[data-zoekformulier]");
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("scholen", form.GetAttribute("action"));
        Assert.Equal("Naam of BRIN-nummer van de school", page.Find("label[for='zoek']").TextContent.Trim());
        Assert.Equal("41UH", page.Find("input#zoek").GetAttribute("value"));
        page.WaitForAssertion(() => Assert.Contains("1 school gevonden", page.Find("[data-zoekresultaat-melding]").TextContent), WaitLimit);
    }

    [Fact]
    public void Results_page_does_not_search_with_fewer_than_2_characters()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("scholen?zoek=a");

        var page = Render<ScholenZoekPage>();

        Assert.Empty(gezocht);
        Assert.Contains("Typ minstens 2 tekens", page.Markup);
    }

    [Fact]
    public void Results_page_says_so_when_nothing_matches()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("scholen?zoek=Groningen");

        var page = Render<ScholenZoekPage>();

        page.WaitForAssertion(() => Assert.Contains("Geen scholen gevonden", page.Markup), WaitLimit);
        Assert.Empty(page.FindAll("tr[data-resultaat]"));
    }

    [Fact]
    public void Municipality_card_title_links_to_its_detail_page_and_the_region_card_has_no_link()
    {
        var cijfers = Voorbeeld.Overzicht([6, 6, 6, 6], [0, 0, 0, 0]).Beschermd().Gemeenten[3].Cijfers.Thuiszitters.Totaal;

        var gemeente = Render<GebiedKaart>(p => p.Add(x => x.Titel, "Tynaarlo").Add(x => x.Cijfers, cijfers).AddUnmatched("data-gemeente", "GM1730"));
        var regio = Render<GebiedKaart>(p => p.Add(x => x.Titel, "Regio 22.01 (totaal)").Add(x => x.Cijfers, cijfers).AddUnmatched("data-regio", "22.01"));

        var link = gemeente.Find("h3 a");
        Assert.Equal("gemeenten/GM1730", link.GetAttribute("href"));
        Assert.Equal("Tynaarlo", link.TextContent.Trim());
        Assert.Equal("GM1730", gemeente.Find("[data-gemeente]").GetAttribute("data-gemeente"));
        Assert.Empty(regio.FindAll("h3 a"));
    }

    [Fact]
    public void Swv_rows_link_to_their_detail_pages()
    {
        var swvs = Voorbeeld.Gewoon().Beschermd().Samenwerkingsverbanden;

        var tabel = Render<SwvTabel>(p => p.Add(x => x.Samenwerkingsverbanden, swvs));

        Assert.Equal("samenwerkingsverbanden/PO2201", tabel.Find("tr[data-swv='PO2201'] th a").GetAttribute("href"));
        Assert.Equal("samenwerkingsverbanden/VO2201", tabel.Find("tr[data-swv='VO2201'] th a").GetAttribute("href"));
        Assert.Equal("SWV VO 22.01", tabel.Find("tr[data-swv='VO2201'] th a").TextContent.Trim());
    }
}

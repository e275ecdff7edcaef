using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Agenda.Api.Client;
using Refit;
using System.Globalization;

namespace Ontwikkelagenda.EndToEndTests;

/// <summary>
/// A policy adviser finds a school by name with the keyboard, goes from the Regio-overzicht to a municipality and an
/// SWV, and meets "niet gevonden" for a BRIN outside the register; every page passes axe and works at 375 px.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class DetailPagesTests(SystemFixture system)
{
    private const string Tynaarlo = "GM1730";
    private const float Timeout = 30_000;

    [Fact]
    public async Task SchoolIsFoundBySearchAndChosenWithTheKeyboard()
    {
        await using var browser = await OpenAsync();
        var page = browser.Page;
        await page.GotoAsync(WebUrl(""));
        await Assertions.Expect(page.Locator("[data-gemeente] [data-kpi='open']").First).ToBeVisibleAsync(new() { Timeout = Timeout });

        await Interactief.WaitUntilLive(page);
        var zoekveld = page.GetByLabel("Zoek een school op naam of BRIN");
        await zoekveld.FocusAsync();
        await page.WaitForTimeoutAsync(1_000); // the field re-renders on focus; a key pressed during it may be lost
        await page.Keyboard.TypeAsync("Kristal (Kloost", new() { Delay = 100 });
        await Assertions.Expect(zoekveld).ToHaveValueAsync("Kristal (Kloost", new() { Timeout = Timeout });
        // "All schools matching" first (highlighted), then the one school.
        await Assertions.Expect(page.Locator("[data-suggestie]")).ToHaveCountAsync(2, new() { Timeout = Timeout });
        await Assertions.Expect(page.Locator("[data-suggestie='34LF']")).ToBeVisibleAsync(new() { Timeout = Timeout });
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/scholen/34LF$"), new() { Timeout = Timeout });
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Daltonschool Het Kristal (Kloosterveen)", new() { Timeout = Timeout });
        await Assertions.Expect(page.Locator("[data-kpi='thuiszitters.open']")).ToBeVisibleAsync(new() { Timeout = Timeout });
        Assert.Equal("gemeenten/GM0106", await page.Locator("a[data-gemeente]").GetAttributeAsync("href"));
        Assert.Equal("samenwerkingsverbanden/PO2201", await page.Locator("a[data-swv]").GetAttributeAsync("href"));
        await Toegankelijkheid.AssertNoViolations(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts, "school-detail.png"), FullPage = true });
    }

    [Fact]
    public async Task EnterWithoutChoosingShowsTheResultsPageWithLinks()
    {
        await using var browser = await OpenAsync();
        var page = browser.Page;
        await page.GotoAsync(WebUrl(""));
        await Assertions.Expect(page.Locator("[data-gemeente] [data-kpi='open']").First).ToBeVisibleAsync(new() { Timeout = Timeout });

        await Interactief.WaitUntilLive(page);
        var zoekveld = page.GetByLabel("Zoek een school op naam of BRIN");
        await zoekveld.FocusAsync();
        await page.WaitForTimeoutAsync(1_000); // the field re-renders on focus; a key pressed during it may be lost
        await page.Keyboard.TypeAsync("Regenboog", new() { Delay = 100 });
        await Assertions.Expect(zoekveld).ToHaveValueAsync("Regenboog", new() { Timeout = Timeout });
        // The first suggestion, highlighted at once, is "all schools matching": Enter without choosing a school.
        await Assertions.Expect(page.Locator("[data-suggestie='alle']")).ToHaveTextAsync("Alle scholen met ‘Regenboog’ tonen", new() { Timeout = Timeout });
        await Assertions.Expect(page.Locator("[data-suggestie='19SL']")).ToBeVisibleAsync(new() { Timeout = Timeout });
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/scholen\\?zoek=Regenboog$"), new() { Timeout = Timeout });
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Scholen zoeken");
        var links = page.Locator("tr[data-resultaat] th a");
        await Assertions.Expect(links).ToHaveCountAsync(2, new() { Timeout = Timeout });
        Assert.Equal(["scholen/19SL", "scholen/90BD"], (await Task.WhenAll((await links.AllAsync()).Select(l => l.GetAttributeAsync("href")))).Order());
        await Toegankelijkheid.AssertNoViolations(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts, "scholen-zoeken.png"), FullPage = true });
    }

    [Fact]
    public async Task MunicipalityPageIsReachedFromTheOverviewWithEnterAndStaysLive()
    {
        var ct = TestContext.Current.CancellationToken;
        // Tynaarlo's own leerplichtambtenaar reads its figures exactly.
        var agenda = system.AgendaAls(Tynaarlo);
        // Leerplicht.Api takes cases only from the municipality's own leerplichtambtenaar: Tynaarlo's demo client.
        using var leerplicht = system.Als("leerplicht-api", "script-gm1730");
        await using var browser = await OpenAsync();
        var page = browser.Page;
        await page.GotoAsync(WebUrl(""));
        var link = page.Locator($"[data-gemeente='{Tynaarlo}'] h3 a");
        await Assertions.Expect(link).ToBeVisibleAsync(new() { Timeout = Timeout });
        await Interactief.WaitUntilLive(page);

        await link.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/gemeenten/{Tynaarlo}$"), new() { Timeout = Timeout });
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Gemeente Tynaarlo", new() { Timeout = Timeout });
        var absoluut = page.Locator("[data-kpi='absoluut.open']");
        await Assertions.Expect(absoluut).ToBeVisibleAsync(new() { Timeout = Timeout });
        // The municipality's schools are listed as links (the list may render after the figures).
        await Assertions.Expect(page.Locator("[data-scholen] a").First).ToBeVisibleAsync(new() { Timeout = Timeout });
        await Toegankelijkheid.AssertNoViolations(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts, "gemeente-detail.png"), FullPage = true });

        // Live: five new cases show on the open page by themselves (five or more is shown exactly).
        var before = (await agenda.GetGemeente(Tynaarlo, cancellationToken: ct)).Cijfers.Thuiszitters.Absoluut.Open.Aantal();
        for (var i = 0; i < 5; i++)
        {
            var response = await leerplicht.PostAsJsonAsync("/v1/thuiszitters", Meldingen.Absoluut(Tynaarlo, Meldingen.Today.AddDays(-7)), ct);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }
        var after = await Eventually.Read(c => agenda.GetGemeente(Tynaarlo, cancellationToken: c), g => g.Cijfers.Thuiszitters.Absoluut.Open.Aantal() >= before + 5);
        var absoluutNu = after.Cijfers.Thuiszitters.Absoluut.Open.Aantal();
        Assert.True(absoluutNu >= before + 5, $"Agenda.Api still shows {absoluutNu} absoluut cases");
        // The page must pick up exactly what the API now says; the old figure may already be a plain number.
        await Assertions.Expect(absoluut).ToHaveTextAsync(absoluutNu.ToString(CultureInfo.InvariantCulture), new() { Timeout = 5_000 });
    }

    [Fact]
    public async Task SwvPageIsReachedFromTheOverviewTable()
    {
        await using var browser = await OpenAsync();
        var page = browser.Page;
        await page.GotoAsync(WebUrl(""));
        var link = page.Locator("tr[data-swv='VO2201'] th a");
        await Assertions.Expect(link).ToBeVisibleAsync(new() { Timeout = Timeout });
        // A click on the prerendered page, before the live circuit is up, can change the URL without the page.
        await Interactief.WaitUntilLive(page);

        await Interactief.KlikTotAdres(page, link, new Regex("/samenwerkingsverbanden/VO2201$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("SWV VO 22.01", new() { Timeout = Timeout });
        await Assertions.Expect(page.Locator("[data-kpi='thuiszitters.open']")).ToBeVisibleAsync(new() { Timeout = Timeout });
        await Assertions.Expect(page.Locator("[data-scholen] a[data-brin='50LC']")).ToBeVisibleAsync(new() { Timeout = Timeout }); // De Atlas
        await Toegankelijkheid.AssertNoViolations(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts, "swv-detail.png"), FullPage = true });
    }

    [Fact]
    public async Task BrinOutsideTheRegisterShowsNietGevonden()
    {
        await using var browser = await OpenAsync();
        var page = browser.Page;

        await page.GotoAsync(WebUrl("scholen/99ZZ"));

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("School niet gevonden", new() { Timeout = Timeout });
        await Assertions.Expect(page.Locator("[data-niet-gevonden] a")).ToHaveAttributeAsync("href", "scholen");
        await Toegankelijkheid.AssertNoViolations(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts, "school-niet-gevonden.png"), FullPage = true });
    }

    [Fact]
    public async Task DetailPagesAndSearchWorkAt375PixelsWide()
    {
        await using var browser = await OpenAsync(width: 375, height: 800);
        var page = browser.Page;
        await page.GotoAsync(WebUrl("scholen/51GD"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("De Aventurijn (SO cluster 4, locatie Assen)", new() { Timeout = Timeout });
        await Assertions.Expect(page.Locator("[data-kpi='thuiszitters.open']")).ToBeVisibleAsync(new() { Timeout = Timeout });

        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"),
            "the school page scrolls sideways at 375 px");
        await Toegankelijkheid.AssertNoViolations(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts, "school-detail-375.png"), FullPage = true });
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts, "school-detail-375-boven.png") });

        // No room for the field in the app bar: a search link leads to the results page and its own form.
        await Interactief.WaitUntilLive(page);
        var zoekLink = page.GetByRole(AriaRole.Link, new() { Name = "Zoek school" });
        await zoekLink.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Scholen zoeken", new() { Timeout = Timeout });
        await page.GetByLabel("Naam of BRIN-nummer van de school").FillAsync("Atlas");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("tr[data-resultaat='50LC'] th a")).ToBeVisibleAsync(new() { Timeout = Timeout });
        await page.WaitForTimeoutAsync(2_000); // the live page takes over from the prerendered one and fetches again
        await Assertions.Expect(page.Locator("tr[data-resultaat='50LC'] th a")).ToBeVisibleAsync(new() { Timeout = Timeout });
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"),
            "the results page scrolls sideways at 375 px");
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts, "scholen-zoeken-375.png"), FullPage = true });
    }

    private string WebUrl(string path) => new Uri(system.AppHost.Url("web"), path).ToString();

    /// <summary>A browser signed in as the wethouder (the detail pages are overviews).</summary>
    private async Task<OpenBrowser> OpenAsync(int width = 1400, int height = 1000)
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height }, Locale = "nl-NL" });
        await DemoAanmelding.AlsAsync(page, system, DemoAanmelding.Wethouder);
        return new OpenBrowser(playwright, browser, page);
    }

    private sealed record OpenBrowser(IPlaywright Playwright, IBrowser Browser, IPage Page) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Browser.DisposeAsync();
            Playwright.Dispose();
        }
    }
}

using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Agenda.Api.Client;
using Refit;

namespace Ontwikkelagenda.EndToEndTests;

/// <summary>A procurement officer works through the Inkoop page on the sample data's peildatum, by keyboard.</summary>
[Collection(SystemCollection.Name)]
public sealed class InkoopPageTests(SystemFixture system)
{
    private static readonly DateOnly Peildatum = new(2026, 11, 25);

    private IAgendaApi Agenda => system.AgendaLezer;

    [Fact]
    public async Task OfficerSortsSchoolsByProviderCountWithTheKeyboardFiltersAndExportsWhatIsShown()
    {
        // The sample's figures (VoorbeelddataTests): 51GD 9, 50LC 8, 31NK 7 above the norm; 65WY exactly 6.
        var vergelijking = await Eventually.Read(ct => Agenda.GetInkoopVergelijking(Peildatum, ct), v => v.ScholenBovenNorm == 3);
        Assert.Equal(3, vergelijking.ScholenBovenNorm);
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 }, Locale = "nl-NL", AcceptDownloads = true });
        await DemoAanmelding.AlsAsync(page, system, DemoAanmelding.Inkoper);

        await page.GotoAsync(new Uri(system.AppHost.Url("web"), "inkoop").ToString(), new() { Timeout = 90_000 });
        await Assertions.Expect(page.Locator("[data-brin]").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        Assert.Equal("Inkoop jeugdhulp", await page.Locator("h1").InnerTextAsync());
        await Interactief.WaitUntilLive(page);
        await page.Locator("#peildatum").FillAsync("2026-11-25");
        // Generous: on a busy machine one answer of Agenda.Api can take seconds; the page asks again by itself.
        await Assertions.Expect(page.Locator("[data-peildatum='2026-11-25']")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("[data-kpi='scholenBovenNorm']")).ToHaveTextAsync("3");

        // Sort by "Aantal aanbieders" with the keyboard: the column's sort button, Enter once (ascending), once more (descending).
        var sorteer = page.Locator("[data-grid='scholen'] th", new() { HasText = "Aantal aanbieders" }).Locator("button");
        await Assertions.Expect(sorteer).ToHaveAttributeAsync("aria-label", "Sorteren");
        await sorteer.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var kolomkop = page.Locator("[data-grid='scholen'] th", new() { HasText = "Aantal aanbieders" });
        await Assertions.Expect(sorteer).ToHaveClassAsync(new Regex("mud-direction-asc"), new() { Timeout = 10_000 });
        await Assertions.Expect(kolomkop).ToHaveAttributeAsync("aria-sort", "ascending");
        // MudDataGrid draws the button anew on the first sort; the focus stays with it, so Enter again sorts the other way.
        await Assertions.Expect(sorteer).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(sorteer).ToHaveClassAsync(new Regex("mud-direction-desc"), new() { Timeout = 10_000 });
        await Assertions.Expect(kolomkop).ToHaveAttributeAsync("aria-sort", "descending");
        await Assertions.Expect(page.Locator("[data-grid='scholen'] th[aria-sort]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-grid='scholen'] [data-brin]").First).ToHaveTextAsync("51GD", new() { Timeout = 5_000 });
        Assert.Equal(["51GD", "50LC", "31NK"], (await ShownBrins(page)).Take(3));
        await AssertAboveNorm(page, "51GD", true);
        await AssertAboveNorm(page, "31NK", true);
        await AssertAboveNorm(page, "65WY", false);
        await Toegankelijkheid.AssertNoViolations(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts, "inkoop.png"), FullPage = true });

        // Filter by typing; the sort stays.
        var sbo = vergelijking.PerSchool.Where(s => s.Naam.Contains("SBO", StringComparison.OrdinalIgnoreCase)
            || s.Brin.Contains("SBO", StringComparison.OrdinalIgnoreCase)
            || s.Aanbieders.Any(a => a.Naam.Contains("SBO", StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.Contains(sbo, s => s.Brin == "65WY");
        await page.Locator("#inkoop-zoek").FocusAsync();
        await page.Keyboard.TypeAsync("SBO");
        await Assertions.Expect(page.Locator("[data-grid='scholen'] [data-brin]")).ToHaveCountAsync(sbo.Count, new() { Timeout = 5_000 });
        var shown = await ShownBrins(page);
        Assert.Equal("31NK", shown[0]);
        Assert.Equal(sbo.OrderByDescending(s => s.Aantal).Select(s => s.Aantal), shown.Select(b => sbo.Single(s => s.Brin == b).Aantal));

        // Export by keyboard: the file holds exactly the rows shown, in the order shown.
        await page.Locator("[data-export='scholen']").FocusAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.Keyboard.PressAsync("Enter"));
        Assert.Equal("aanbieders-per-school-2026-11-25.csv", download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!, TestContext.Current.CancellationToken);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var regels = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("BRIN;School;Gemeente;Aantal aanbieders;Boven norm;Aanbieders", regels[0]);
        Assert.Equal(shown, regels.Skip(1).Select(r => r.Split(';')[0]));
        Assert.StartsWith("31NK;SBO De Meander;", regels[1]);
        Assert.Contains(";7;ja;", regels[1]);

        // 375 px wide: no sideways scrolling of the page, still no axe violations.
        await page.SetViewportSizeAsync(Smal.Breedte, 800);
        await Assertions.Expect(page.Locator("[data-grid='scholen'] [data-brin]").First).ToBeVisibleAsync();
        await Smal.AssertNoSidewaysScroll(page);
        await Toegankelijkheid.AssertNoViolations(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts, "inkoop-375.png"), FullPage = true });
    }

    private static async Task<List<string>> ShownBrins(IPage page) =>
        [.. (await page.Locator("[data-grid='scholen'] [data-brin]").AllInnerTextsAsync()).Select(t => t.Trim())];

    private static async Task AssertAboveNorm(IPage page, string brin, bool boven)
    {
        var rij = page.Locator("[data-grid='scholen'] tr", new() { Has = page.Locator($"[data-brin='{brin}']") });
        await Assertions.Expect(rij.Locator("[data-boven-norm]")).ToHaveCountAsync(boven ? 1 : 0);
        if (boven) await Assertions.Expect(rij.Locator("[data-boven-norm]")).ToHaveTextAsync("boven norm");
    }
}

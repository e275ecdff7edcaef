using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Agenda.Api.Client;
using Refit;
using System.Globalization;
using Ontwikkelagenda.Contracts.Kpis;

namespace Ontwikkelagenda.EndToEndTests;

/// <summary>The Thuiszitters page open while a leerplicht office reports new cases.</summary>
[Collection(SystemCollection.Name)]
public sealed class ThuiszittersPageTests(SystemFixture system)
{
    private const string Assen = "GM0106";

    private IAgendaApi Agenda => system.AgendaLezer;

    [Fact]
    public async Task NewCaseShowsInItsDurationBucketWithinFiveSeconds()
    {
        var ct = TestContext.Current.CancellationToken;
        // Leerplicht.Api takes cases only from the municipality's own leerplichtambtenaar: Assen's demo client.
        using var leerplicht = system.Als("leerplicht-api", "script-gm0106");
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 }, Locale = "nl-NL" });
        await DemoAanmelding.AlsAsync(page, system, DemoAanmelding.Wethouder);
        await page.GotoAsync(new Uri(system.AppHost.Url("web"), "thuiszitters").ToString());
        var korter = page.Locator($"[data-gemeente='{Assen}'] [data-duur='korter']");
        await Assertions.Expect(korter).ToBeVisibleAsync(new() { Timeout = 30_000 });
        Assert.Equal("Thuiszitters", await page.Locator("h1").InnerTextAsync());

        // Make every bucket of Assen 0 or 5+, so the under-four-weeks figure is shown exactly.
        var before = await Cijfers(ct);
        await TopUp(leerplicht, before.LangerDanDrieMaanden, Meldingen.Today.AddMonths(-4), ct);
        await TopUp(leerplicht, before.Open - before.KorterDanVierWeken - before.LangerDanDrieMaanden, Meldingen.Today.AddDays(-40), ct);
        var baseline = await Eventually.Read(_ => Cijfers(ct), c => Tussen(c) is 0 or >= 5 && c.LangerDanDrieMaanden is 0 or >= 5);
        var expected = Math.Max(baseline.KorterDanVierWeken, 0) + 5;

        for (var i = 0; i < 5; i++)
        {
            var response = await leerplicht.PostAsJsonAsync("/v1/thuiszitters", Meldingen.Absoluut(Assen, Meldingen.Today.AddDays(-3)), ct);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }
        var after = await Eventually.Read(_ => Cijfers(ct), c => c.KorterDanVierWeken == expected);
        Assert.Equal(expected, after.KorterDanVierWeken);

        // The open page picks it up by itself, in the under-four-weeks bucket.
        await Assertions.Expect(korter).ToHaveTextAsync(expected.ToString(CultureInfo.InvariantCulture), new() { Timeout = 5_000 });
        await Assertions.Expect(page.Locator($"[data-gemeente='{Assen}'] [data-duur='open']")).ToHaveTextAsync(after.Open.ToString(CultureInfo.InvariantCulture), new() { Timeout = 5_000 });
        await Assertions.Expect(page.Locator("[data-bijgewerkt]")).ToContainTextAsync("Bijgewerkt om");

        await Assertions.Expect(page.Locator("tr[data-trend-maand]")).ToHaveCountAsync(12, new() { Timeout = 15_000 });
        await Toegankelijkheid.AssertNoViolations(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts, "thuiszitters.png"), FullPage = true });
    }

    [Fact]
    public async Task TrendAreaIsChosenWithTheKeyboardAndThePageFitsAt375Pixels()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 375, Height = 800 }, Locale = "nl-NL" });
        await DemoAanmelding.AlsAsync(page, system, DemoAanmelding.Wethouder);
        await page.GotoAsync(new Uri(system.AppHost.Url("web"), "thuiszitters").ToString());
        await Assertions.Expect(page.Locator("tr[data-trend-maand]")).ToHaveCountAsync(12, new() { Timeout = 30_000 });

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the page is {overflow} px wider than the screen");

        var select = page.Locator("select#trend-gebied");
        await select.FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(page.Locator("[data-trend-tekst]")).ToContainTextAsync("Aa en Hunze", new() { Timeout = 5_000 });

        await Toegankelijkheid.AssertNoViolations(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts, "thuiszitters-375.png"), FullPage = true });
    }

    private async Task<ThuiszitterCijfers> Cijfers(CancellationToken ct) =>
        (await Agenda.GetRegioOverzicht(cancellationToken: ct)).Gemeenten.Single(g => g.Code == Assen).Thuiszitters;

    private static int Tussen(ThuiszitterCijfers c) => c.Open - c.KorterDanVierWeken - c.LangerDanDrieMaanden;

    /// <summary>Reports five more cases starting on the date given when the bucket holds 1 to 4.</summary>
    private static async Task TopUp(HttpClient leerplicht, int bucket, DateOnly startdatum, CancellationToken ct)
    {
        if (bucket is < 1 or > 4) return;
        for (var i = 0; i < 5; i++)
        {
            var response = await leerplicht.PostAsJsonAsync("/v1/thuiszitters", Meldingen.Absoluut(Assen, startdatum), ct);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }
    }
}

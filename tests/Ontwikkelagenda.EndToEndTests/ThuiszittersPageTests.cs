using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Agenda.Api.Client;

namespace Ontwikkelagenda.EndToEndTests;

/// <summary>The Thuiszitters page open while a leerplicht office reports new cases.</summary>
[Collection(SystemCollection.Name)]
public sealed class ThuiszittersPageTests(SystemFixture system)
{
    private const string Assen = "GM0106";

    /// <summary>Rounds of five new cases at most until the wethouder's row of Assen changes.</summary>
    private const int Rondes = 3;

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

        // Make every bucket of Assen 0 or 5+, so Assen's own buckets put no "<5" beside the under-four-weeks figure.
        // Counted as Assen's own leerplichtambtenaar, who sees them exactly.
        var before = await Duren(ct);
        await Intake.VulAanBuitenKleineAantallen(leerplicht, Assen, before.Langer, Meldingen.Today.AddMonths(-4));
        await Intake.VulAanBuitenKleineAantallen(leerplicht, Assen, before.Tussen, Meldingen.Today.AddDays(-40));
        var baseline = await Eventually.Read(_ => Duren(ct), d => d.Tussen is 0 or >= 5 && d.Langer is 0 or >= 5);

        // The page shows what Agenda.Api gives the wethouder, who has no case rights: a count of 5 or more unless the
        // whole answer must withhold it beside other places' small counts ("niet getoond"). New cases must change what
        // the wethouder is given; while they leave Assen's row as it was, five more go in.
        var voor = await Wethouder(ct);
        var expected = baseline.Korter;
        Duur after;
        BeschermdeThuiszitters gegeven;
        var ronde = 0;
        do
        {
            ronde++;
            expected += 5;
            for (var i = 0; i < 5; i++)
            {
                var response = await leerplicht.PostAsJsonAsync("/v1/thuiszitters", Meldingen.Absoluut(Assen, Meldingen.Today.AddDays(-3)), ct);
                Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            }
            after = await Eventually.Read(_ => Duren(ct), d => d.Korter == expected);
            Assert.Equal(expected, after.Korter);
            gegeven = await Wethouder(ct);
        }
        while (Teksten(gegeven) == Teksten(voor) && ronde < Rondes);
        Assert.True(Teksten(gegeven) != Teksten(voor),
            $"after {ronde * 5} new cases Agenda.Api still gives a wethouder Assen's row as {Teksten(voor)}: nothing on the page can change");
        // What is shown is exact.
        if (gegeven.KorterDanVierWeken.IsShown) Assert.Equal(expected, gegeven.KorterDanVierWeken.Aantal());
        if (gegeven.Totaal.Open.IsShown) Assert.Equal(after.Open, gegeven.Totaal.Open.Aantal());

        // The open page picks it up by itself, in the under-four-weeks bucket.
        await Assertions.Expect(korter).ToHaveTextAsync(Paginatekst.Aantal(gegeven.KorterDanVierWeken), new() { Timeout = 5_000 });
        await Assertions.Expect(page.Locator($"[data-gemeente='{Assen}'] [data-duur='open']")).ToHaveTextAsync(Paginatekst.Aantal(gegeven.Totaal.Open), new() { Timeout = 5_000 });
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

    /// <summary>Assen's open cases by duration, exactly: read as Assen's own leerplichtambtenaar.</summary>
    private async Task<Duur> Duren(CancellationToken ct)
    {
        var t = (await EigenCijfers.Gemeente(system.AgendaAls, Assen, null, ct)).Thuiszitters;
        return new Duur(t.Totaal.Open.Aantal(), t.KorterDanVierWeken.Aantal(), t.VierWekenTotDrieMaanden.Aantal(), t.Totaal.LangerDanDrieMaanden.Aantal());
    }

    /// <summary>Assen's row as Agenda.Api gives it to a viewer without case rights, as to the wethouder's page.</summary>
    private async Task<BeschermdeThuiszitters> Wethouder(CancellationToken ct) =>
        (await system.AgendaKijker.GetRegioOverzicht(cancellationToken: ct)).Gemeenten.Single(g => g.Code == Assen).Cijfers.Thuiszitters;

    /// <summary>The two cells of Assen's row this test reads on the page, as the web writes them.</summary>
    private static string Teksten(BeschermdeThuiszitters t) =>
        $"korter {Paginatekst.Aantal(t.KorterDanVierWeken)}, open {Paginatekst.Aantal(t.Totaal.Open)}";

    private sealed record Duur(int Open, int Korter, int Tussen, int Langer);
}

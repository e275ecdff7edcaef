using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Agenda.Api.Client;
using Refit;
using System.Globalization;

namespace Ontwikkelagenda.EndToEndTests;

/// <summary>An alderman has the Regio-overzicht open while a leerplicht office reports cases.</summary>
[Collection(SystemCollection.Name)]
public sealed class RegioOverzichtPageTests(SystemFixture system)
{
    private const string Tynaarlo = "GM1730";

    /// <summary>What an open page once did in three polls (every 2 s): now it must not ask at all.</summary>
    private static readonly TimeSpan Stil = TimeSpan.FromSeconds(6);

    [Fact]
    public async Task NewCasesShowOnTheOpenPageWithinTwoSecondsAndAnIdlePageAsksNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var agenda = system.AgendaLezer;
        // Leerplicht.Api takes cases only from the municipality's own leerplichtambtenaar: Tynaarlo's demo client.
        using var leerplicht = system.Als("leerplicht-api", "script-gm1730");
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 }, Locale = "nl-NL" });
        await DemoAanmelding.AlsAsync(page, system, DemoAanmelding.Wethouder);

        await page.GotoAsync(system.AppHost.Url("web").ToString());
        var openCell = page.Locator($"[data-gemeente='{Tynaarlo}'] [data-kpi='open']");
        await Assertions.Expect(openCell).ToBeVisibleAsync(new() { Timeout = 30_000 });
        Assert.Equal("Regio-overzicht", await page.Locator("h1").First.InnerTextAsync());
        await Interactief.WaitUntilLive(page);

        // Open and interactive: while nothing changes the page asks Agenda.Api nothing (no polling timer). The system
        // has its own background changes (sample data, deadline checks), so a window with a change does not count.
        Assert.True(await AgendaApiVerzoeken.StilVenster(system, Stil, pogingen: 8, ct),
            $"in every {Stil.TotalSeconds} s window without a change the open page still asked Agenda.Api for figures");

        var before = (await agenda.GetRegioOverzicht(cancellationToken: ct)).Gemeenten.Single(g => g.Code == Tynaarlo).Thuiszitters.Open;
        for (var i = 0; i < 5; i++)
        {
            var response = await leerplicht.PostAsJsonAsync("/v1/thuiszitters", Meldingen.Absoluut(Tynaarlo, Meldingen.Today.AddDays(-10)), ct);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }
        await WaitUntilApiShows(agenda, before + 5);

        // Five or more is shown exactly; the page is told of the change and shows it within 2 s of the API.
        await Assertions.Expect(openCell).ToHaveTextAsync((before + 5).ToString(CultureInfo.InvariantCulture), new() { Timeout = 2_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts, "regio-overzicht.png"), FullPage = true });
    }

    private static async Task WaitUntilApiShows(IAgendaApi agenda, int expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        int open;
        do
        {
            open = (await agenda.GetRegioOverzicht()).Gemeenten.Single(g => g.Code == Tynaarlo).Thuiszitters.Open;
            if (open == expected) return;
            await Task.Delay(200);
        } while (DateTime.UtcNow < deadline);
        Assert.Equal(expected, open);
    }
}

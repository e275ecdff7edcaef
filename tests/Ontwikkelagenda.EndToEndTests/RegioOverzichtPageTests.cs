using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Agenda.Api.Client;

namespace Ontwikkelagenda.EndToEndTests;

/// <summary>An alderman has the Regio-overzicht open while a leerplicht office reports cases.</summary>
[Collection(SystemCollection.Name)]
public sealed class RegioOverzichtPageTests(SystemFixture system)
{
    private const string Tynaarlo = "GM1730";

    /// <summary>What an open page once did in three polls (every 2 s): now it must not ask at all.</summary>
    private static readonly TimeSpan Stil = TimeSpan.FromSeconds(6);

    /// <summary>Rounds of five new cases at most until what the wethouder is given changes.</summary>
    private const int Rondes = 3;

    [Fact]
    public async Task NewCasesShowOnTheOpenPageWithinTwoSecondsAndAnIdlePageAsksNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        // Leerplicht.Api takes cases only from the municipality's own leerplichtambtenaar: Tynaarlo's demo client.
        using var leerplicht = system.Als("leerplicht-api", "script-gm1730");
        // New cases go into Tynaarlo's under-four-weeks bucket. A bucket of 1 to 4 beside it ("<5") keeps Tynaarlo's open
        // total withheld whatever it grows to, so the other two buckets are made 0 or 5 and more first.
        var duren = await Duren(ct);
        await Intake.VulAanBuitenKleineAantallen(leerplicht, Tynaarlo, duren.Tussen, Meldingen.Today.AddDays(-40));
        await Intake.VulAanBuitenKleineAantallen(leerplicht, Tynaarlo, duren.Langer, Meldingen.Today.AddMonths(-4));
        await Eventually.Read(_ => Duren(ct), d => d.Tussen is 0 or >= 5 && d.Langer is 0 or >= 5);
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

        // Tynaarlo's count exactly, as its own leerplichtambtenaar reads it; the page shows what Agenda.Api gives the
        // wethouder, who has no case rights: Tynaarlo's and the region's open cases as counts of 5 or more unless the
        // whole answer must withhold them beside other places' small counts ("niet getoond"). New cases must change
        // what the wethouder is given; while they leave both as they were, five more go in.
        var before = await Open(ct);
        var voor = await Wethouder(ct);
        var expected = before;
        (Cijfer Tynaarlo, Cijfer Regio) gegeven;
        var ronde = 0;
        do
        {
            ronde++;
            expected += 5;
            for (var i = 0; i < 5; i++)
            {
                var response = await leerplicht.PostAsJsonAsync("/v1/thuiszitters", Meldingen.Absoluut(Tynaarlo, Meldingen.Today.AddDays(-10)), ct);
                Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            }
            await WaitUntilApiShows(expected);
            gegeven = await Wethouder(ct);
        }
        while (Teksten(gegeven) == Teksten(voor) && ronde < Rondes);
        Assert.True(Teksten(gegeven) != Teksten(voor),
            $"after {ronde * 5} new cases in Tynaarlo Agenda.Api still gives a wethouder {Teksten(voor)}: nothing on the page can change");
        // What is shown is exact.
        if (gegeven.Tynaarlo.IsShown) Assert.Equal(expected, gegeven.Tynaarlo.Aantal());

        // The page is told of the change and shows it within 2 s of the API.
        await Assertions.Expect(openCell).ToHaveTextAsync(Paginatekst.Aantal(gegeven.Tynaarlo), new() { Timeout = 2_000 });
        await Assertions.Expect(page.Locator("[data-regio='22.01'] [data-kpi='open']")).ToHaveTextAsync(Paginatekst.Aantal(gegeven.Regio), new() { Timeout = 2_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts, "regio-overzicht.png"), FullPage = true });
    }

    /// <summary>Tynaarlo's open cases in the overview as its own leerplichtambtenaar reads them: exactly.</summary>
    private async Task<int> Open(CancellationToken ct) => EigenCijfers.Open(await EigenCijfers.Gemeente(system.AgendaAls, Tynaarlo, null, ct));

    /// <summary>Tynaarlo's open cases between four weeks and three months, and longer: exactly, as its own leerplichtambtenaar reads them.</summary>
    private async Task<(int Tussen, int Langer)> Duren(CancellationToken ct)
    {
        var t = (await EigenCijfers.Gemeente(system.AgendaAls, Tynaarlo, null, ct)).Thuiszitters;
        return (t.VierWekenTotDrieMaanden.Aantal(), t.Totaal.LangerDanDrieMaanden.Aantal());
    }

    /// <summary>Tynaarlo's and the region's open cases as Agenda.Api gives them to a viewer without case rights, as to the wethouder's page.</summary>
    private async Task<(Cijfer Tynaarlo, Cijfer Regio)> Wethouder(CancellationToken ct)
    {
        var overzicht = await system.AgendaKijker.GetRegioOverzicht(cancellationToken: ct);
        return (overzicht.Gemeenten.Single(g => g.Code == Tynaarlo).Cijfers.Thuiszitters.Totaal.Open, overzicht.Regio.Thuiszitters.Totaal.Open);
    }

    /// <summary>The two cells this test reads on the page, as the web writes them.</summary>
    private static string Teksten((Cijfer Tynaarlo, Cijfer Regio) open) =>
        $"Tynaarlo {Paginatekst.Aantal(open.Tynaarlo)}, regio {Paginatekst.Aantal(open.Regio)}";

    private async Task WaitUntilApiShows(int expected)
    {
        var ct = TestContext.Current.CancellationToken;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        int open;
        do
        {
            open = await Open(ct);
            if (open == expected) return;
            await Task.Delay(200, ct);
        } while (DateTime.UtcNow < deadline);
        Assert.Equal(expected, open);
    }
}

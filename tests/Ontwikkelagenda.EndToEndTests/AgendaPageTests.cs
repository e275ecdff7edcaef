using Agenda.Api.Client;
using Microsoft.Playwright;
using Refit;

namespace Ontwikkelagenda.EndToEndTests;

/// <summary>An OOGO partner has the agenda open while a colleague reports progress on a goal.</summary>
[Collection(SystemCollection.Name)]
public sealed class AgendaPageTests(SystemFixture system)
{
    // Inkoop afgestemd op onderwijs: no other test reports on it, and a report dated today leaves the sample's
    // goal status on 2026-11-25 (VoorbeelddataTests) as it is.
    private const int Doel = 3;

    private IAgendaApi Agenda => system.AgendaLezer;

    // The SWV reports on the goal as an OOGO partner.
    private HttpClient Ondersteuning => system.Als("ondersteuning-api", SysteemToegang.Van("PO2201"));

    [Fact]
    public async Task PartnerSeesOwnersChartReportsAndChangesSinceTheLastOogoAndANewReportWithinFiveSeconds()
    {
        var ct = TestContext.Current.CancellationToken;
        var vandaag = Meldingen.Today;
        var agenda = await Agenda.GetDoelen(cancellationToken: ct);
        var overleggen = (await Agenda.GetOogoOverleggen(ct)).Where(o => o.Datum <= vandaag).OrderBy(o => o.Datum).ToList();
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 }, Locale = "nl-NL" });
        await DemoAanmelding.AlsAsync(page, system, DemoAanmelding.Oogo);

        await page.GotoAsync(new Uri(system.AppHost.Url("web"), "agenda").ToString(), new() { Timeout = 90_000 });
        await Assertions.Expect(page.Locator("section[data-doel]")).ToHaveCountAsync(agenda.Doelen.Count, new() { Timeout = 30_000 });
        Assert.Equal(6, agenda.Doelen.Count);
        Assert.Equal("Ontwikkelagenda", await page.Locator("h1").InnerTextAsync());
        await Interactief.WaitUntilLive(page);

        // Owners, target and the link to report progress.
        var doel = page.Locator($"section#doel-{Doel}");
        await Assertions.Expect(doel.Locator("[data-eigenaren] li")).ToHaveTextAsync(agenda.Doelen.Single(d => d.Nummer == Doel).Eigenaren.ToArray());
        Assert.Equal($"melden/voortgang?doel={Doel}", await doel.Locator("[data-rapporteren]").GetAttributeAsync("href"));

        // The chart is drawn, and its values are there as a table, opened by keyboard.
        await Assertions.Expect(doel.Locator("[data-grafiek] svg").First).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await doel.Locator("[data-grafiek] summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(doel.Locator("[data-tabel] [data-waarde]").First).ToBeVisibleAsync();
        Assert.True(await doel.Locator("[data-tabel] [data-waarde]").CountAsync() >= 12);

        // The timeline holds the goal's reports, newest first.
        var historie = await Agenda.GetDoelHistorie(Doel, cancellationToken: ct);
        await Assertions.Expect(doel.Locator("[data-rapport]")).ToHaveCountAsync(historie.Rapporten.Count);
        var datums = (await doel.Locator("[data-rapport] [data-datum]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.datum)")).ToList();
        Assert.Equal(datums.OrderDescending(), datums);

        // Since the previous OOGO: by default the last two meetings up to today, every goal listed.
        var periode = page.Locator("[data-oogo-periode]");
        await Assertions.Expect(periode).ToHaveAttributeAsync("data-oogo-periode", $"{overleggen[^2].Datum:yyyy-MM-dd}/{overleggen[^1].Datum:yyyy-MM-dd}");
        await Assertions.Expect(page.Locator("[data-wijziging]")).ToHaveCountAsync(6);

        // Pick the meeting before as "van" by keyboard: the arrow key on the focused select changes it.
        await page.Locator("#oogo-van").FocusAsync();
        await page.Keyboard.PressAsync("ArrowUp");
        await Assertions.Expect(periode).ToHaveAttributeAsync("data-oogo-periode",
            $"{overleggen[^3].Datum:yyyy-MM-dd}/{overleggen[^1].Datum:yyyy-MM-dd}", new() { Timeout = 15_000 });

        await Toegankelijkheid.AssertNoViolations(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts, "agenda.png"), FullPage = true });

        // A colleague reports on the goal; once Agenda.Api has it, the open page shows it within 5 seconds.
        var toelichting = $"Afspraken met aanbieders over vaste contactpersonen per school (end-to-end test {Guid.NewGuid().ToString("N")[..8]}).";
        var rapportId = (await Intake.Accepted(Ondersteuning, "/v1/voortgangsrapportages", new
        {
            meldingId = Guid.NewGuid(),
            doel = Doel,
            status = "aandacht-nodig",
            toelichting,
            datum = vandaag,
            naamRapporteur = "Test Ondersteuner (fictief)",
            rolRapporteur = "beleidsmedewerker",
        })).GetProperty("rapportId").GetGuid();
        await Eventually.Read(c => Agenda.GetDoelHistorie(Doel, cancellationToken: c), h => h.Rapporten.Any(r => r.RapportId == rapportId));

        var nieuw = doel.Locator($"[data-rapport='{rapportId}']");
        await Assertions.Expect(nieuw).ToBeVisibleAsync(new() { Timeout = 5_000 });
        await Assertions.Expect(nieuw.Locator("[data-toelichting]")).ToHaveTextAsync(toelichting);
        await Assertions.Expect(doel.Locator("[data-rapport]").First).ToHaveAttributeAsync("data-rapport", rapportId.ToString());

        // 375 px wide: no sideways scrolling of the page, still no axe violations.
        await page.SetViewportSizeAsync(Smal.Breedte, 800);
        await Smal.AssertNoSidewaysScroll(page);
        await Toegankelijkheid.AssertNoViolations(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts, "agenda-375.png"), FullPage = true });
    }
}

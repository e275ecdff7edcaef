using System.Text;
using Microsoft.Playwright;
using Intake.Client;
using Intake.Contracts.Ondersteuning;
using Refit;
using System.Globalization;
using static Microsoft.Playwright.Assertions;

namespace Ontwikkelagenda.EndToEndTests;

/// <summary>The people who report: a leerplichtambtenaar with the form and the worklist, and an office uploading a spreadsheet.</summary>
[Collection(SystemCollection.Name)]
public sealed class MeldenPageTests(SystemFixture system)
{
    private const string Kop = "casusReferentie;gemeente;soortVerzuim;brin;startdatum";

    /// <summary>Leerplicht.Api as Assen's leerplichtambtenaar (its demo client): it answers only a municipality's own.</summary>
    private ILeerplichtApi LeerplichtAssen() =>
        RestService.ForGenerated<ILeerplichtApi>(system.Als("leerplicht-api", "script-gm0106"), IntakeRefit.Settings());

    private IOndersteuningApi Ondersteuning => RestService.ForGenerated<IOndersteuningApi>(system.Als("ondersteuning-api", "script-19sl"), IntakeRefit.Settings());

    private string Web(string pad) => new Uri(system.AppHost.Url("web"), pad).ToString();

    [Fact]
    public async Task A_leerplichtambtenaar_reports_a_case_with_the_keyboard_only_and_sees_it_in_the_worklist()
    {
        const string assen = "GM0106";
        var casus = $"E2E-{Guid.NewGuid().ToString("N")[..10]}";
        // Day and month alike (11-11, 10-10 ...): typed the same in the date input whichever segment order the browser's locale has.
        var startdatum = Enumerable.Range(10, 400).Select(d => Meldingen.Today.AddDays(-d)).First(d => d.Day == d.Month);
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await NieuwePagina(browser, 1400, DemoAanmelding.LeerplichtAssen);

        await page.GotoAsync(Web($"melden/thuiszitters?gemeente={assen}"));
        await Interactief.WaitUntilLive(page);

        await TabNaar(page, "thuiszitter-casusReferentie");
        await page.Keyboard.TypeAsync(casus);
        await TabNaar(page, "thuiszitter-soortVerzuim", binnen: true);
        await page.Keyboard.PressAsync("Space"); // the first choice: langdurig relatief verzuim
        await TabNaar(page, "thuiszitter-brin");
        await page.Keyboard.TypeAsync("19SL");
        // As a keyboard user would: wait until the register suggests the school, then Tab takes it.
        await Expect(page.Locator(".mud-popover-open .mud-list-item").First).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await TabNaar(page, "thuiszitter-startdatum");
        await TypDatum(page, "thuiszitter-startdatum", startdatum);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForTimeoutAsync(1_000);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts, "melden-thuiszitters-verstuurd.png"), FullPage = true });

        var bevestiging = page.Locator("[data-formulier='thuiszitter'] [data-bevestiging]");
        await Expect(bevestiging).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Expect(bevestiging).ToContainTextAsync($"Thuiszitter gemeld: casus {casus}");
        await Expect(page.Locator($"[data-werkvoorraad] [data-casus='{casus}']")).ToBeVisibleAsync(new() { Timeout = 5_000 });

        var werkvoorraad = await LeerplichtAssen().GetWerkvoorraad(assen, cancellationToken: TestContext.Current.CancellationToken);
        var zaak = Assert.Single(werkvoorraad.Thuiszitters, t => t.CasusReferentie == casus);
        Assert.Equal(("langdurig-relatief", "19SL", startdatum), (zaak.SoortVerzuim, zaak.Brin, zaak.Startdatum));

        await Toegankelijkheid.AssertNoViolations(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts, "melden-thuiszitters.png"), FullPage = true });

        // The actions of the case in the worklist, by keyboard too.
        await page.Locator($"[data-acties='{casus}']").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("[data-zaak] h2")).ToHaveTextAsync($"Casus {casus}", new() { Timeout = 10_000 });
        await Expect(page.Locator("#beeindiging-einddatum")).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await Toegankelijkheid.AssertNoViolations(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts, "melden-thuiszitters-acties.png"), FullPage = true });
    }

    [Fact]
    public async Task A_school_finds_its_open_referral_and_reports_the_start_of_treatment()
    {
        const string brin = "19SL";
        var ct = TestContext.Current.CancellationToken;
        var referentie = $"E2E-{Guid.NewGuid().ToString("N")[..10]}";
        // After the sample data's peildatum (2026-11-25), so the sample figures stay as they are whatever the test order.
        var verwijsdatum = Meldingen.Today.AddDays(-2);
        var gemeld = await Ondersteuning.MeldEedVerwijzing(new EedVerwijzingMelding(Guid.NewGuid(), referentie, brin, verwijsdatum), ct);
        Assert.True(gemeld.IsSuccessStatusCode, (gemeld.Error as ApiException)?.Content);
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await NieuwePagina(browser, 1400, DemoAanmelding.School);
        await page.GotoAsync(Web("melden/eed-verwijzingen"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("EED-verwijzingen melden", new() { Timeout = 30_000 });

        await KiesSchool(page, "eed-werkvoorraad-brin", brin);
        var rij = page.Locator("[data-werkvoorraad] tr", new() { Has = page.Locator("[data-verwijzing]", new() { HasText = referentie }) });
        await Expect(rij).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Toegankelijkheid.AssertNoViolations(page);

        await rij.Locator("[data-behandelstart]").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var actie = page.Locator("[data-behandelstart-actie]");
        await Expect(actie.Locator("h3")).ToBeFocusedAsync(new() { Timeout = 10_000 });
        await page.Locator("#behandelstart-startdatum").FillAsync(Meldingen.Today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await actie.Locator("[data-verstuur]").ClickAsync();

        await Expect(actie.Locator("[data-bevestiging]")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Expect(rij).ToHaveCountAsync(0, new() { Timeout = 10_000 });
        await Toegankelijkheid.AssertNoViolations(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts, "melden-eed-behandelstart.png"), FullPage = true });
        var open = await Ondersteuning.GetEedWerkvoorraad(brin, ct);
        Assert.DoesNotContain(open.Content!.Verwijzingen, v => v.Referentie == referentie);
    }

    [Fact]
    public async Task A_school_finds_its_running_trajectory_and_ends_it()
    {
        const string brin = "19SL";
        var ct = TestContext.Current.CancellationToken;
        var aanbieder = $"E2E-aanbieder-{Guid.NewGuid().ToString("N")[..8]}";
        // After the sample data's peildatum (2026-11-25), so the sample figures stay as they are whatever the test order.
        var gemeld = await Ondersteuning.StartTraject(
            new TrajectMelding(Guid.NewGuid(), brin, Guid.NewGuid(), aanbieder, "licht", "wmo", Meldingen.Today.AddDays(-2)), ct);
        Assert.True(gemeld.IsSuccessStatusCode, (gemeld.Error as ApiException)?.Content);
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await NieuwePagina(browser, 1400, DemoAanmelding.School);
        await page.GotoAsync(Web("melden/trajecten"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Trajecten melden", new() { Timeout = 30_000 });

        await KiesSchool(page, "trajecten-werkvoorraad-brin", brin);
        var rij = page.Locator("[data-trajecten-werkvoorraad] tr", new() { Has = page.Locator("[data-traject]", new() { HasText = aanbieder }) });
        await Expect(rij).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Toegankelijkheid.AssertNoViolations(page);

        await rij.Locator("[data-beeindig-traject]").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var actie = page.Locator("[data-traject-beeindigen]");
        await Expect(actie.Locator("h3")).ToBeFocusedAsync(new() { Timeout = 10_000 });
        await page.Locator("#traject-beeindiging-einddatum").FillAsync(Meldingen.Today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await actie.Locator("[data-verstuur]").ClickAsync();

        await Expect(actie.Locator("[data-bevestiging]")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Expect(rij).ToHaveCountAsync(0, new() { Timeout = 10_000 });
        await Toegankelijkheid.AssertNoViolations(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts, "melden-traject-beeindigd.png"), FullPage = true });
        var lopend = await Ondersteuning.GetTrajectenWerkvoorraad(brin, ct);
        Assert.DoesNotContain(lopend.Content!.Trajecten, t => t.AanbiederNaam == aanbieder);
    }

    [Fact]
    public async Task An_upload_with_one_wrong_row_stores_nothing_and_a_clean_one_is_stored_once_however_often_it_is_uploaded()
    {
        const string assen = "GM0106";
        var ct = TestContext.Current.CancellationToken;
        var vandaag = Meldingen.Today;
        var refs = Enumerable.Range(0, 3).Select(_ => $"E2E-{Guid.NewGuid().ToString("N")[..10]}").ToArray();
        var fout = $"{Kop}\n{refs[0]};{assen};absoluut;;{vandaag.AddDays(-20):yyyy-MM-dd}\n" +
                   $"123456782;{assen};absoluut;;{vandaag.AddDays(-20):yyyy-MM-dd}\n" +
                   $"{refs[1]};{assen};absoluut;;{vandaag.AddDays(5):yyyy-MM-dd}\n";
        var schoon = $"{Kop}\n{string.Join("\n", refs.Select((r, i) => $"{r};{assen};absoluut;;{vandaag.AddDays(-20 - i):yyyy-MM-dd}"))}\n";
        var leerplicht = LeerplichtAssen();
        var voor = (await leerplicht.GetWerkvoorraad(assen, cancellationToken: ct)).Thuiszitters.Count;

        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await NieuwePagina(browser, 1400, DemoAanmelding.LeerplichtAssen);
        await OpenUpload(page);

        await Upload(page, fout, "meldingen-met-fout.csv");
        var regels = page.Locator("[data-uploadfout]");
        await Expect(regels).ToHaveCountAsync(2, new() { Timeout = 30_000 });
        var rapport = await regels.AllInnerTextsAsync();
        Assert.StartsWith("Rij 3: casusReferentie: ", rapport[0]);
        Assert.StartsWith("Rij 4: startdatum: ", rapport[1]);
        Assert.Contains("toekomst", rapport[1]);
        await Expect(page.Locator("[data-upload-verstuur]")).ToHaveCountAsync(0);
        await Toegankelijkheid.AssertNoViolations(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts, "melden-upload-fouten.png"), FullPage = true });
        Assert.Equal(voor, (await leerplicht.GetWerkvoorraad(assen, cancellationToken: ct)).Thuiszitters.Count);

        for (var keer = 1; keer <= 2; keer++)
        {
            if (keer == 2) await OpenUpload(page);
            await Upload(page, schoon, "meldingen.csv");
            await page.Locator("[data-upload-verstuur]").ClickAsync(new() { Timeout = 30_000 });
            await Expect(page.Locator("[data-upload-aangenomen]")).ToHaveAttributeAsync("data-upload-aangenomen", "3", new() { Timeout = 30_000 });
            await Expect(page.Locator("[data-upload-voortgang]")).ToContainTextAsync("3 van 3 meldingen verstuurd");
            var na = (await leerplicht.GetWerkvoorraad(assen, cancellationToken: ct)).Thuiszitters;
            Assert.Equal(voor + 3, na.Count);
            Assert.All(refs, r => Assert.Single(na, t => t.CasusReferentie == r));
        }
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts, "melden-upload-verstuurd.png"), FullPage = true });
    }

    [Fact]
    public async Task The_template_names_the_json_fields_and_marks_its_example_row_and_needs_no_sign_in()
    {
        using var http = new HttpClient();
        var bytes = await http.GetByteArrayAsync(Web("melden/sjablonen/thuiszitters.csv"), TestContext.Current.CancellationToken);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var regels = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"{Kop};opmerking", regels[0]);
        Assert.EndsWith(";voorbeeld: vervang of verwijder deze rij", regels[1]);
    }

    [Theory]
    [InlineData("melden", "Melden", DemoAanmelding.LeerplichtAssen)]
    [InlineData("melden/thuiszitters", "Thuiszitters melden", DemoAanmelding.LeerplichtAssen)]
    [InlineData("melden/trajecten", "Trajecten melden", DemoAanmelding.School)]
    [InlineData("melden/eed-verwijzingen", "EED-verwijzingen melden", DemoAanmelding.School)]
    [InlineData("melden/complexe-casussen", "Complexe casussen melden", DemoAanmelding.Swv)]
    [InlineData("melden/contracten", "Contracten en aanbieders melden", DemoAanmelding.Inkoper)]
    [InlineData("melden/voortgang?doel=3", "Voortgang rapporteren", DemoAanmelding.Oogo)]
    [InlineData("melden/upload?soort=trajecten", "Meldingen uploaden (CSV)", DemoAanmelding.School)]
    public async Task Every_melden_page_passes_axe_at_desktop_and_phone_width(string pad, string titel, string gebruiker)
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        foreach (var breedte in new[] { 1400, 375 })
        {
            var page = await NieuwePagina(browser, breedte, gebruiker);
            await page.GotoAsync(Web(pad));
            await Expect(page.Locator("h1")).ToHaveTextAsync(titel, new() { Timeout = 30_000 });
            await Expect(page.Locator("h1")).ToHaveCountAsync(1);
            if (pad == "melden/contracten")
            {
                // The running contracts (the sample data's subregion contracts count for every municipality) are checked too.
                await Expect(page.Locator("[data-contract]").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
            }
            await Toegankelijkheid.AssertNoViolations(page);
            var naam = pad.Split('?')[0].Replace('/', '-');
            await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts, $"{naam}-{breedte}.png"), FullPage = true });
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task An_empty_form_shows_the_services_reason_at_every_field_and_passes_axe()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await NieuwePagina(browser, 1400, DemoAanmelding.School);
        await page.GotoAsync(Web("melden/eed-verwijzingen"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("EED-verwijzingen melden", new() { Timeout = 30_000 });

        // Until the circuit is up a click does nothing: click until the summary shows.
        var samenvatting = page.Locator("[data-foutsamenvatting]");
        for (var poging = 0; poging < 20 && await samenvatting.CountAsync() == 0; poging++)
        {
            await page.Locator("[data-verstuur]").ClickAsync();
            await page.WaitForTimeoutAsync(500);
        }

        await Expect(samenvatting.Locator("[data-veldfout]")).ToHaveCountAsync(3);
        foreach (var veld in new[] { "referentie", "brin", "verwijsdatum" })
        {
            var invoer = page.Locator($"#eed-{veld}");
            await Expect(invoer).ToHaveAttributeAsync("aria-invalid", "true");
            await Expect(invoer).ToHaveAttributeAsync("aria-describedby", new System.Text.RegularExpressions.Regex($"eed-{veld}-fout"));
            await Expect(page.Locator($"#eed-{veld}-fout")).Not.ToBeEmptyAsync();
        }
        await Toegankelijkheid.AssertNoViolations(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts, "melden-eed-fouten.png"), FullPage = true });
    }

    /// <summary>A page signed in as <paramref name="gebruiker"/>, the role the form is for.</summary>
    private async Task<IPage> NieuwePagina(IBrowser browser, int breedte, string gebruiker)
    {
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = breedte, Height = 1000 }, Locale = "nl-NL" });
        await DemoAanmelding.AlsAsync(page, system, gebruiker);
        return page;
    }

    /// <summary>Picks a school in a school field: it suggests from the register once the circuit runs, so type until a suggestion shows, then take it.</summary>
    private static async Task KiesSchool(IPage page, string id, string brin)
    {
        var school = page.Locator($"#{id}");
        var suggestie = page.Locator(".mud-popover-open .mud-list-item").First;
        for (var poging = 0; poging < 20 && !await suggestie.IsVisibleAsync(); poging++)
        {
            await school.FillAsync("");
            await school.PressSequentiallyAsync(brin, new() { Delay = 100 });
            await page.WaitForTimeoutAsync(1_000);
        }
        await page.Keyboard.PressAsync("Enter");
    }

    /// <summary>Presses Tab until the element (or, with <paramref name="binnen"/>, something inside it) has the focus.</summary>
    private static async Task TabNaar(IPage page, string id, bool binnen = false)
    {
        for (var i = 0; i < 80; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var gevonden = await page.EvaluateAsync<bool>(
                "([id, binnen]) => binnen ? !!document.activeElement?.closest('#' + CSS.escape(id)) : document.activeElement?.id === id",
                new object[] { id, binnen });
            if (gevonden) return;
        }
        Assert.Fail($"Met Tab niet bij #{id} gekomen.");
    }

    /// <summary>Types a date into the focused date input as a user would (day and month alike, so the segment order does not matter).</summary>
    private static async Task TypDatum(IPage page, string id, DateOnly datum)
    {
        // A pause per key: typed at full speed the first digit after a segment advances can be lost.
        await page.Keyboard.TypeAsync(datum.ToString("ddMMyyyy", CultureInfo.InvariantCulture), new() { Delay = 150 });
        Assert.Equal(datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), await page.EvaluateAsync<string>("id => document.getElementById(id).value", id));
    }

    private async Task OpenUpload(IPage page)
    {
        await page.GotoAsync(Web("melden/upload"));
        var sjabloon = page.Locator("[data-sjabloon='thuiszitters']");
        // Choosing the kind works only once the circuit runs: choose until the template link shows. While the circuit
        // starts, the page is drawn again and the radio button can be between two versions: then try again.
        for (var poging = 0; poging < 40 && await sjabloon.CountAsync() == 0; poging++)
        {
            try
            {
                await page.GetByLabel("Thuiszitters", new() { Exact = true }).CheckAsync(new() { Force = true, Timeout = 5_000 });
            }
            catch (PlaywrightException)
            {
                // The next attempt finds the radio button drawn anew.
            }
            await page.WaitForTimeoutAsync(500);
        }
        await Expect(sjabloon).ToBeVisibleAsync();
    }

    private static Task Upload(IPage page, string csv, string naam) =>
        page.Locator("#upload-bestand").SetInputFilesAsync(new FilePayload { Name = naam, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
}

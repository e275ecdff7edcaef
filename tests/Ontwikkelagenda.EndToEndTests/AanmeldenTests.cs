using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Ontwikkelagenda.EndToEndTests;

/// <summary>Each role signs in through Identity.Api's real login page and sees only its own pages; signing out ends the session.</summary>
[Collection(SystemCollection.Name)]
public sealed class AanmeldenTests(SystemFixture system)
{
    private static readonly string[] Overzichten = ["Regio-overzicht", "Agenda", "Thuiszitters"];

    /// <summary>The menu each demo role gets (issue 11's table), and a page it may not open.</summary>
    public static TheoryData<string, string[], string, string> Rollen => new()
    {
        { DemoAanmelding.LeerplichtAssen, [.. Overzichten, "Thuiszitters melden", "Bestand uploaden"], "Gemeente GM0106", "inkoop" },
        { DemoAanmelding.School, [.. Overzichten, "Trajecten melden", "EED-verwijzingen melden", "Complexe casussen melden", "Bestand uploaden"], "School 19SL", "melden/thuiszitters" },
        { DemoAanmelding.Inkoper, ["Regio-overzicht", "Agenda", "Inkoop", "Thuiszitters", "Contracten melden", "Bestand uploaden"], "Subregio 2201", "melden/trajecten" },
        { DemoAanmelding.Oogo, [.. Overzichten, "Voortgang melden"], "Samenwerkingsverband PO2201", "melden/upload" },
        { DemoAanmelding.Wethouder, Overzichten, "Gemeente GM0106", "melden" },
        { DemoAanmelding.Beheer, [], "Beheer", "agenda" },
        { DemoAanmelding.Functionaris, ["Audittrail"], "Beheer", "thuiszitters" },
    };

    [Theory]
    [MemberData(nameof(Rollen))]
    public async Task EachRoleSignsInAndSeesOnlyItsPages(string gebruiker, string[] menu, string organisatie, string verboden)
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new() { Locale = "nl-NL" });

        // A page of the web sends a browser without a session to the login page, and back after it.
        await page.GotoAsync(Web("agenda"), new() { Timeout = 90_000 });
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Inloggen", new() { Timeout = 30_000 });
        await DemoAanmelding.VulInAsync(page, gebruiker, system.Toegang.Wachtwoord(gebruiker));
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(Web("agenda")) + "$"), new() { Timeout = 30_000 });

        var gebruikerInBalk = page.Locator("[data-gebruiker]");
        await Assertions.Expect(gebruikerInBalk).ToContainTextAsync(organisatie, new() { Timeout = 30_000 });
        await Assertions.Expect(gebruikerInBalk).ToContainTextAsync("(demo)");
        Assert.Equal(menu, await page.Locator("nav[aria-label='Hoofdmenu'] a").AllInnerTextsAsync());

        await page.GotoAsync(Web(verboden));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Geen toegang", new() { Timeout = 30_000 });
    }

    [Fact]
    public async Task SigningOutEndsTheSessionAtTheWebAndAtTheIdentityService()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new() { Locale = "nl-NL" });
        // The one test that signs this account out (the others' sessions stay as they are).
        await DemoAanmelding.AlsAsync(page, system, DemoAanmelding.LeerplichtTynaarlo);
        await Interactief.WaitUntilLive(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync(new() { Timeout = 30_000 });

        // Back at the web, which has no session any more and sends the browser to a login page that asks again.
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Inloggen", new() { Timeout = 30_000 });
        await page.GotoAsync(Web("agenda"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Inloggen", new() { Timeout = 30_000 });
    }

    [Fact]
    public async Task AWrongPasswordShowsTheDutchMessageAndSignsNobodyIn()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new() { Locale = "nl-NL" });
        await page.GotoAsync(Web(""), new() { Timeout = 90_000 });

        // Not a demo account that other tests sign in with: five wrong passwords would lock it.
        await DemoAanmelding.VulInAsync(page, DemoAanmelding.LeerplichtTynaarlo, "niet-het-wachtwoord-123");

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("De gebruikersnaam of het wachtwoord is onjuist.", new() { Timeout = 30_000 });
        Assert.DoesNotMatch("^" + Regex.Escape(Web("")), page.Url);
    }

    [Fact]
    public async Task TheLoginPageHasNoAccessibilityViolations()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new() { Locale = "nl-NL" });
        await page.GotoAsync(Web(""), new() { Timeout = 90_000 });
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Inloggen", new() { Timeout = 30_000 });

        await Toegankelijkheid.AssertNoViolations(page);

        // And after a wrong password, with the message.
        await DemoAanmelding.VulInAsync(page, DemoAanmelding.LeerplichtTynaarlo, "nog-een-fout-wachtwoord");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Toegankelijkheid.AssertNoViolations(page);
    }

    private string Web(string pad) => new Uri(system.AppHost.Url("web"), pad).ToString();
}

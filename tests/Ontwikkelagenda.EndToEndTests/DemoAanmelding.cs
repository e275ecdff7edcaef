using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Ontwikkelagenda.EndToEndTests;

/// <summary>
/// The demo accounts and clients Identity.Api seeded on the system's first start, with the passwords it wrote once to
/// demo-accounts.txt in its data directory (services/Identity.Api/README.md): a page test signs in through the real
/// login page as the role the page is for (a test that calls a service directly does so as a demo client: <see cref="SysteemToegang"/>).
/// </summary>
internal static partial class DemoAanmelding
{
    public const string LeerplichtAssen = "lpa.assen";
    public const string LeerplichtTynaarlo = "lpa.tynaarlo";
    public const string School = "school.19sl";
    public const string Swv = "swv.po2201";
    public const string Inkoper = "inkoper.subregio";
    public const string Oogo = "oogo.po2201";
    public const string Wethouder = "wethouder.assen";
    public const string Beheer = "beheer";
    public const string Functionaris = "fg";

    /// <summary>Opens the web's sign-in, signs in as <paramref name="gebruiker"/> on the login page and waits until back at the web.</summary>
    public static async Task AlsAsync(IPage page, Uri web, string gebruiker, string wachtwoord)
    {
        await OpenAsync(page, web);
        await VulInAsync(page, gebruiker, wachtwoord);
        await Assertions.Expect(page).ToHaveURLAsync(WebAdres(web), new() { Timeout = 30_000 });
    }

    /// <summary>Any address on the web: where the browser is back once the sign-in is done.</summary>
    public static Regex WebAdres(Uri web) => new("^" + Regex.Escape(web.ToString()));

    /// <summary>Opens the web's sign-in, which sends the browser on to Identity.Api's login page.</summary>
    public static Task OpenAsync(IPage page, Uri web) =>
        page.GotoAsync(new Uri(web, "aanmelden?returnUrl=%2F").ToString(), new() { Timeout = 90_000 });

    /// <summary>Fills in Identity.Api's login page (/inloggen) and sends it.</summary>
    public static async Task VulInAsync(IPage page, string gebruiker, string wachtwoord)
    {
        await page.GetByLabel("Gebruikersnaam").FillAsync(gebruiker);
        await page.GetByLabel("Wachtwoord").FillAsync(wachtwoord);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
    }
}

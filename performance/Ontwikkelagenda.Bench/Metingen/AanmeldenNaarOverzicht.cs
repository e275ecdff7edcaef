using System.Diagnostics;
using Microsoft.Playwright;
using Ontwikkelagenda.EndToEndTests;

namespace Ontwikkelagenda.Bench.Metingen;

/// <summary>
/// Sign-in to overview in a real browser (Debian's Chromium through Playwright), as issue 11 asks for its closing note:
/// the wethouder opens the web's sign-in without a session, lands on Identity.Api's login page, sends the form, and is
/// back on the Regio-overzicht once its figures are on the screen. Each sign-in in a new browser context (no cookies).
/// The first is the cold one (the web's and Identity.Api's first pages since start) and is reported apart;
/// <see cref="Pogingen"/> in all stays under Identity.Api's 10 login posts per minute per address.
/// </summary>
public static class AanmeldenNaarOverzicht
{
    public const int Pogingen = 9;
    private const string Figuur = "[data-regio] [data-kpi='open']";

    public static async Task<AanmeldMeting> Meet(AspireSystem systeem, Voortgang voortgang, CancellationToken cancellationToken)
    {
        var web = systeem.Url("web");
        var toegang = SysteemToegang.Van(systeem);
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;

        var totaal = new List<TimeSpan>();
        var naVersturen = new List<TimeSpan>();
        var opDeWeb = new List<TimeSpan>();
        var webAdres = DemoAanmelding.WebAdres(web);
        for (var i = 0; i < Pogingen; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await using var context = await browser.NewContextAsync(new() { Locale = "nl-NL" });
            var page = await context.NewPageAsync();
            var klok = Stopwatch.StartNew();
            await DemoAanmelding.OpenAsync(page, web);
            var versturen = klok.Elapsed;
            await DemoAanmelding.VulInAsync(page, DemoAanmelding.Wethouder, toegang.Wachtwoord(DemoAanmelding.Wethouder));
            await page.WaitForURLAsync(webAdres, new() { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });
            var terug = klok.Elapsed;
            await page.Locator(Figuur).WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 60_000 });
            totaal.Add(klok.Elapsed);
            naVersturen.Add(klok.Elapsed - versturen);
            opDeWeb.Add(klok.Elapsed - terug);
            voortgang.Meld($"aanmelden naar overzicht {i + 1}/{Pogingen}: {klok.Elapsed.TotalMilliseconds:N0} ms");
        }

        return new AanmeldMeting(DemoAanmelding.Wethouder, totaal[0].TotalMilliseconds, Verdeling.Van(totaal.Skip(1)), Verdeling.Van(naVersturen.Skip(1)),
            Verdeling.Van(opDeWeb.Skip(1)));
    }
}

/// <summary>
/// <see cref="Totaal"/>: from opening the sign-in to the overview's figures; <see cref="NaVersturen"/>: from sending the
/// login form to them (the time a user waits after "Inloggen"); <see cref="OpDeWeb"/>: the part of that from the
/// overview page's first answer (its HTML, committed after the redirects back through the web's callback) to the figures. All without the cold first sign-in.
/// </summary>
public sealed record AanmeldMeting(string Gebruiker, double EersteMs, Verdeling Totaal, Verdeling NaVersturen, Verdeling OpDeWeb);

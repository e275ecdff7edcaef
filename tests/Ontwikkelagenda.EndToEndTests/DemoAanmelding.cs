using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Ontwikkelagenda.AppHost.Services;

namespace Ontwikkelagenda.EndToEndTests;

/// <summary>
/// The demo accounts and clients Identity.Api seeded on the system's first start, with the passwords it wrote once to
/// demo-accounts.txt in its data directory (services/Identity.Api/README.md): a page test signs in through the real
/// login page as the role the page is for, and a test that calls a service directly does so with a demo client's token.
/// </summary>
internal static class DemoAanmelding
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
    public static async Task AlsAsync(IPage page, SystemFixture system, string gebruiker)
    {
        var web = system.AppHost.Url("web");
        await page.GotoAsync(new Uri(web, "aanmelden?returnUrl=%2F").ToString(), new() { Timeout = 90_000 });
        await VulInAsync(page, gebruiker, Geheim(system, gebruiker));
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(web.ToString())), new() { Timeout = 30_000 });
    }

    /// <summary>Fills in Identity.Api's login page (/inloggen) and sends it.</summary>
    public static async Task VulInAsync(IPage page, string gebruiker, string wachtwoord)
    {
        await page.GetByLabel("Gebruikersnaam").FillAsync(gebruiker);
        await page.GetByLabel("Wachtwoord").FillAsync(wachtwoord);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
    }

    /// <summary>A client for <paramref name="service"/> that calls with a token of demo client <paramref name="clientId"/> (5 minutes valid).</summary>
    public static async Task<HttpClient> ServiceAlsAsync(SystemFixture system, string service, string clientId)
    {
        using var identity = new HttpClient { BaseAddress = system.AppHost.Url(IdentityService.Name) };
        using var antwoord = await identity.PostAsync("connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = Geheim(system, clientId),
            ["scope"] = service,
        }), TestContext.Current.CancellationToken);
        var tekst = await antwoord.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(antwoord.IsSuccessStatusCode, $"token for {clientId} refused: {tekst}");
        var client = new HttpClient { BaseAddress = system.AppHost.Url(service) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            JsonDocument.Parse(tekst).RootElement.GetProperty("access_token").GetString());
        return client;
    }

    /// <summary>The password of a demo account or the secret of a demo client, from the list Identity.Api wrote.</summary>
    public static string Geheim(SystemFixture system, string naam)
    {
        var lijst = Path.Combine(system.DataDir, IdentityService.Name, "demo-accounts.txt");
        return File.ReadLines(lijst)
            .Where(regel => regel.Length > 0 && regel[0] != '#')
            .Select(regel => regel.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .FirstOrDefault(delen => delen.Length >= 2 && delen[0] == naam)?[1]
            ?? throw new InvalidOperationException($"{naam} is not in {lijst}.");
    }
}

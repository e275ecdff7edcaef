using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Identity.Api.Accounts;
using Identity.Api.Tokens;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Ontwikkelagenda.ServiceDefaults.Toegang;

namespace Identity.Api.Demo;

/// <summary>
/// With <c>Identity:Demo</c>: once, one demo account per role and a client-credentials client per demo organisation,
/// with random passwords and secrets, listed once in <c>demo-accounts.txt</c> (mode 600) in the data directory.
/// </summary>
public sealed class DemoSeed(UserManager<Account> users, AccountCreation accounts, Clients clients)
{
    private static readonly Organisatie Assen = new(OrganisatieSoorten.Gemeente, "GM0106");
    private static readonly Organisatie Tynaarlo = new(OrganisatieSoorten.Gemeente, "GM1730");
    private static readonly Organisatie Regenboog = new(OrganisatieSoorten.School, "19SL");
    private static readonly Organisatie SwvPo = new(OrganisatieSoorten.Swv, "PO2201");
    private static readonly Organisatie Subregio = new(OrganisatieSoorten.Subregio, "2201");
    private static readonly Organisatie Beheer = new(OrganisatieSoorten.Beheer, "ontwikkelagenda");

    private static readonly (string Gebruikersnaam, string Naam, Organisatie Organisatie, string Rol)[] DemoAccounts =
    [
        ("lpa.assen", "Leerplichtambtenaar Assen (demo)", Assen, Rollen.Leerplichtambtenaar),
        ("lpa.tynaarlo", "Leerplichtambtenaar Tynaarlo (demo)", Tynaarlo, Rollen.Leerplichtambtenaar),
        ("school.19sl", "Medewerker OBS De Regenboog (demo)", Regenboog, Rollen.Schoolmedewerker),
        ("swv.po2201", "Medewerker SWV PO 22.01 (demo)", SwvPo, Rollen.Schoolmedewerker),
        ("inkoper.subregio", "Inkoper subregio (demo)", Subregio, Rollen.Inkoper),
        ("oogo.po2201", "OOGO-partner SWV PO 22.01 (demo)", SwvPo, Rollen.OogoPartner),
        ("wethouder.assen", "Wethouder Assen (demo)", Assen, Rollen.Wethouder),
        ("beheer", "Beheerder (demo)", Beheer, Rollen.Beheer),
        ("fg", "Functionaris gegevensbescherming (demo)", Beheer, Rollen.Functionaris),
    ];

    private static readonly Organisatie AaEnHunze = new(OrganisatieSoorten.Gemeente, "GM1680");
    private static readonly Organisatie MiddenDrenthe = new(OrganisatieSoorten.Gemeente, "GM1731");
    private static readonly Organisatie SwvVo = new(OrganisatieSoorten.Swv, "VO2201");

    // A municipality's scripts report its thuiszitters, its contracts and its goal progress; an SWV's its trajectories,
    // referrals, complex cases and goal progress: every melding of the sample data and the load tests has a client.
    private static readonly string[] Gemeentetaken = [Rollen.Leerplichtambtenaar, Rollen.Inkoper, Rollen.OogoPartner];
    private static readonly string[] Swvtaken = [Rollen.Schoolmedewerker, Rollen.OogoPartner];

    private static readonly (string ClientId, string Naam, Organisatie Organisatie, string[] Rollen)[] DemoClients =
    [
        ("script-gm0106", "Script gemeente Assen (demo)", Assen, Gemeentetaken),
        ("script-gm1680", "Script gemeente Aa en Hunze (demo)", AaEnHunze, Gemeentetaken),
        ("script-gm1730", "Script gemeente Tynaarlo (demo)", Tynaarlo, Gemeentetaken),
        ("script-gm1731", "Script gemeente Midden-Drenthe (demo)", MiddenDrenthe, Gemeentetaken),
        ("script-19sl", "Script OBS De Regenboog (demo)", Regenboog, [Rollen.Schoolmedewerker]),
        ("script-po2201", "Script SWV PO 22.01 (demo)", SwvPo, Swvtaken),
        ("script-vo2201", "Script SWV VO 22.01 (demo)", SwvVo, Swvtaken),
        ("script-subregio", "Script inkoop subregio (demo)", Subregio, [Rollen.Inkoper]),
    ];

    /// <summary>Seeds when no demo account exists yet; the list is written only then.</summary>
    public async Task RunAsync(IdentiteitOptions options, CancellationToken cancellationToken)
    {
        if (await users.Users.AnyAsync(a => a.Demo, cancellationToken))
        {
            return;
        }

        var lijst = new StringBuilder("# Demo-accounts van de Ontwikkelagenda (alleen voor demonstratie; eenmalig gegenereerd)\n\n# Accounts (gebruikersnaam  wachtwoord  rol  organisatie)\n");
        foreach (var (gebruikersnaam, naam, organisatie, rol) in DemoAccounts)
        {
            var wachtwoord = Geheim();
            await accounts.CreateAsync(gebruikersnaam, naam, organisatie, [rol], wachtwoord, demo: true);
            lijst.Append(CultureInfo.InvariantCulture, $"{gebruikersnaam}  {wachtwoord}  {rol}  {organisatie}\n");
        }

        lijst.Append("\n# Clients voor scripts en CSV-upload (client_credentials; client_id  client_secret  rol  organisatie)\n");
        foreach (var (clientId, naam, organisatie, rollen) in DemoClients)
        {
            var secret = Geheim();
            if (await clients.CreateOrganisationClientAsync(clientId, secret, naam, organisatie, rollen, demo: true, cancellationToken))
            {
                lijst.Append(CultureInfo.InvariantCulture, $"{clientId}  {secret}  {string.Join(',', rollen)}  {organisatie}\n");
            }
        }

        if (options.WebRedirectUri is { } redirect && options.WebClientSecret is null)
        {
            var secret = Geheim();
            await clients.EnsureWebAsync(redirect, options.WebPostLogoutRedirectUri, secret, cancellationToken);
            lijst.Append(CultureInfo.InvariantCulture, $"\n# De web-client (authorization code + PKCE)\n{Clients.Web}  {secret}\n");
        }

        Directory.CreateDirectory(options.DataDir);
        var file = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using var writer = new StreamWriter(Path.Combine(options.DataDir, Identity.Client.DemoAccounts.FileName), Encoding.UTF8, file);
        await writer.WriteAsync(lijst, cancellationToken);
    }

    private static string Geheim() => RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20);
}

using Microsoft.AspNetCore.Identity;
using Ontwikkelagenda.ServiceDefaults.Toegang;

namespace Identity.Api.Accounts;

/// <summary>Creates accounts, refusing a combination of organisation and roles that makes no sense.</summary>
public sealed class AccountCreation(UserManager<Account> users, RoleManager<IdentityRole> roles)
{
    public async Task CreateAsync(string gebruikersnaam, string naam, Organisatie organisatie, IReadOnlyCollection<string> rollen,
        string wachtwoord, bool demo)
    {
        if (RolRegels.Bezwaren(organisatie, rollen) is { Count: > 0 } bezwaren)
        {
            throw new InvalidOperationException($"Account {gebruikersnaam}: {string.Join(" ", bezwaren)}");
        }

        foreach (var rol in rollen.Where(rol => !roles.Roles.Any(r => r.Name == rol)))
        {
            Check(await roles.CreateAsync(new IdentityRole(rol)), gebruikersnaam);
        }

        var account = new Account
        {
            UserName = gebruikersnaam,
            Naam = naam,
            OrganisatieSoort = organisatie.Soort,
            OrganisatieCode = organisatie.Code,
            Demo = demo,
        };
        Check(await users.CreateAsync(account, wachtwoord), gebruikersnaam);
        Check(await users.AddToRolesAsync(account, rollen), gebruikersnaam);
    }

    private static void Check(IdentityResult result, string gebruikersnaam)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Account {gebruikersnaam}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}

using System.Security.Claims;
using Ontwikkelagenda.ServiceDefaults.Toegang;

namespace Ontwikkelagenda.Web.Aanmelden;

/// <summary>The signed-in user as the app bar and the "Geen toegang" page name them, from the identity token's claims.</summary>
public static class Gebruikersweergave
{
    public static string Naam(ClaimsPrincipal gebruiker) => gebruiker.Identity?.Name ?? "onbekend";

    /// <summary>The roles as <see cref="ClaimsPrincipal.IsInRole"/> reads them (the sign-in makes <c>role</c> the role claim).</summary>
    public static string Rollen(ClaimsPrincipal gebruiker) =>
        string.Join(", ", gebruiker.Identities.SelectMany(i => i.FindAll(i.RoleClaimType)).Select(c => c.Value));

    public static string Organisatie(ClaimsPrincipal gebruiker)
    {
        var code = gebruiker.FindFirst(ToegangsClaims.OrganisatieCode)?.Value ?? "";
        return gebruiker.FindFirst(ToegangsClaims.OrganisatieSoort)?.Value switch
        {
            OrganisatieSoorten.Gemeente => $"Gemeente {code}",
            OrganisatieSoorten.School => $"School {code}",
            OrganisatieSoorten.Swv => $"Samenwerkingsverband {code}",
            OrganisatieSoorten.Subregio => $"Subregio {code}",
            OrganisatieSoorten.Beheer => "Beheer",
            _ => code,
        };
    }
}

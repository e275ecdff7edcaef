using System.Security.Claims;

namespace Ontwikkelagenda.ServiceDefaults.Toegang;

/// <summary>Who calls, as the validated token says: the only source of a write's organisation, never the request body.</summary>
public sealed record Aanroeper(string Subject, string Naam, string OrganisatieSoort, string OrganisatieCode, IReadOnlySet<string> Rollen)
{
    public static Aanroeper Van(ClaimsPrincipal gebruiker) => new(
        gebruiker.FindFirstValue(ToegangsClaims.Subject) ?? "",
        gebruiker.FindFirstValue(ToegangsClaims.Naam) ?? "",
        gebruiker.FindFirstValue(ToegangsClaims.OrganisatieSoort) ?? "",
        gebruiker.FindFirstValue(ToegangsClaims.OrganisatieCode) ?? "",
        gebruiker.FindAll(ToegangsClaims.Rol).Select(c => c.Value).ToHashSet(StringComparer.Ordinal));

    public bool Is(string soort, string code) =>
        OrganisatieSoort == soort && string.Equals(OrganisatieCode, code, StringComparison.OrdinalIgnoreCase);

    /// <summary>The organisation as one string ("gemeente GM1730"), as a melding keeps who sent it.</summary>
    public string Organisatie => $"{OrganisatieSoort} {OrganisatieCode}";

    public override string ToString() => Organisatie;
}

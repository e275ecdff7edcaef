using System.Security.Claims;
using Identity.Api.Accounts;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using Ontwikkelagenda.ServiceDefaults.Toegang;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Identity.Api.Tokens;

/// <summary>The claims a token carries (README.md, "What a token carries"; names in <see cref="ToegangsClaims"/>) and which token each goes into.</summary>
public static class TokenClaims
{
    /// <summary>
    /// The principal OpenIddict signs: subject, name, organisation and roles; the audiences those of the granted API scopes.
    /// </summary>
    public static ClaimsPrincipal Principal(string subject, string naam, Organisatie organisatie, IEnumerable<string> rollen, bool demo,
        IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, subject)
            .SetClaim(Claims.Name, naam)
            .SetClaim(ToegangsClaims.OrganisatieSoort, organisatie.Soort)
            .SetClaim(ToegangsClaims.OrganisatieCode, organisatie.Code)
            .SetClaims(Claims.Role, [.. rollen]);
        if (demo)
        {
            identity.SetClaim(ToegangsClaims.Demo, "true");
        }

        return Granted(identity, scopes);
    }

    /// <summary>A client acting for itself, not for an organisation (the web's own token): subject and name only.</summary>
    public static ClaimsPrincipal ClientPrincipal(string clientId, string naam, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, clientId).SetClaim(Claims.Name, naam);
        return Granted(identity, scopes);
    }

    private static ClaimsPrincipal Granted(ClaimsIdentity identity, IEnumerable<string> scopes)
    {
        var granted = scopes.ToList();
        identity.SetScopes(granted);
        identity.SetResources(granted.Intersect(ApiResources.All));
        // The web reads the same claims from its identity token (issued only when it asks for scope openid).
        identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
        return new ClaimsPrincipal(identity);
    }
}

using Microsoft.AspNetCore.Authorization;

namespace Ontwikkelagenda.ServiceDefaults.Toegang;

/// <summary>
/// The rights of issue 11's table, as authorization policies on the endpoint groups. A policy says which roles (and
/// kinds of organisation) may call at all; whether the case belongs to the caller's own organisation is checked by
/// the endpoint, which knows the case.
/// </summary>
public static class Rechten
{
    /// <summary>Thuiszitter cases: the leerplichtambtenaar of a municipality.</summary>
    public const string Thuiszitters = "thuiszitters";

    /// <summary>Trajectories, EED referrals and complex cases: staff of a school or an SWV.</summary>
    public const string Ondersteuning = "ondersteuning";

    /// <summary>Providers and contracts: the inkoper of a municipality or the subregion.</summary>
    public const string Inkoop = "inkoop";

    /// <summary>Goal progress reports: an OOGO partner.</summary>
    public const string Voortgang = "voortgang";

    /// <summary>The agenda and the overviews, with small numbers suppressed: everyone who works with the agenda.</summary>
    public const string Overzicht = "overzicht";

    /// <summary>The audit trail: the functionaris gegevensbescherming.</summary>
    public const string Audit = "audit";

    internal static void Voeg(AuthorizationOptions options)
    {
        options.AddPolicy(Thuiszitters, p => p.RequireRole(Rollen.Leerplichtambtenaar)
            .RequireClaim(ToegangsClaims.OrganisatieSoort, OrganisatieSoorten.Gemeente));
        options.AddPolicy(Ondersteuning, p => p.RequireRole(Rollen.Schoolmedewerker)
            .RequireClaim(ToegangsClaims.OrganisatieSoort, OrganisatieSoorten.School, OrganisatieSoorten.Swv));
        options.AddPolicy(Inkoop, p => p.RequireRole(Rollen.Inkoper)
            .RequireClaim(ToegangsClaims.OrganisatieSoort, OrganisatieSoorten.Gemeente, OrganisatieSoorten.Subregio));
        options.AddPolicy(Voortgang, p => p.RequireRole(Rollen.OogoPartner));
        options.AddPolicy(Overzicht, p => p.RequireRole(
            Rollen.Leerplichtambtenaar, Rollen.Schoolmedewerker, Rollen.Inkoper, Rollen.OogoPartner, Rollen.Wethouder));
        options.AddPolicy(Audit, p => p.RequireRole(Rollen.Functionaris));
        // Nothing answers without a valid token unless it says so (health, metrics and the OpenAPI document do).
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}

namespace Ontwikkelagenda.Web.Aanmelden;

/// <summary>What the web asks the identity service for (services/Identity.Api/README.md, "Flows").</summary>
public static class Scopes
{
    public const string AgendaApi = "agenda-api";

    /// <summary>Who the user is, its roles, a refresh token, and an audience for every API the pages call.</summary>
    public static IReadOnlyList<string> Gebruiker { get; } =
        ["openid", "profile", "roles", "offline_access", "leerplicht-api", "inkoop-api", "ondersteuning-api", AgendaApi];
}

namespace Ontwikkelagenda.ServiceDefaults.Toegang;

/// <summary>The claims of an access token the services read (services/Identity.Api/README.md, "What a token carries").</summary>
public static class ToegangsClaims
{
    public const string Subject = "sub";
    public const string Naam = "name";
    public const string Rol = "role";
    public const string OrganisatieSoort = "organisatie_soort";
    public const string OrganisatieCode = "organisatie_code";
    public const string Demo = "demo";
}

namespace Ontwikkelagenda.ServiceDefaults.Toegang;

/// <summary>The roles, as the exact values of a token's <c>role</c> claim (services/Identity.Api/README.md).</summary>
public static class Rollen
{
    public const string Leerplichtambtenaar = "leerplichtambtenaar";
    public const string Schoolmedewerker = "schoolmedewerker";
    public const string Inkoper = "inkoper";
    public const string OogoPartner = "oogo-partner";
    public const string Wethouder = "wethouder";
    public const string Beheer = "beheer";
    public const string Functionaris = "functionaris-gegevensbescherming";

    public static IReadOnlyList<string> Alle { get; } = [Leerplichtambtenaar, Schoolmedewerker, Inkoper, OogoPartner, Wethouder, Beheer, Functionaris];
}

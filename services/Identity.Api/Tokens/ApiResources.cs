namespace Identity.Api.Tokens;

/// <summary>The APIs a token can be meant for: each is a scope of the same name whose resource (the audience) it is.</summary>
public static class ApiResources
{
    public static IReadOnlyList<string> All { get; } = ["leerplicht-api", "inkoop-api", "ondersteuning-api", "agenda-api"];
}

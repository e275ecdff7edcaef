using System.Collections.Immutable;
using System.Text.Json;
using Identity.Api.Accounts;

namespace Identity.Api.Tokens;

/// <summary>The organisation and roles a client-credentials client is bound to, kept in its OpenIddict properties.</summary>
public static class ClientProperties
{
    private const string OrganisatieSoort = "organisatie_soort";
    private const string OrganisatieCode = "organisatie_code";
    private const string Rollen = "rollen";
    private const string Demo = "demo";

    public static void Bind(IDictionary<string, JsonElement> properties, Organisatie organisatie, IReadOnlyCollection<string> rollen, bool demo)
    {
        properties[OrganisatieSoort] = JsonSerializer.SerializeToElement(organisatie.Soort);
        properties[OrganisatieCode] = JsonSerializer.SerializeToElement(organisatie.Code);
        properties[Rollen] = JsonSerializer.SerializeToElement(rollen);
        properties[Demo] = JsonSerializer.SerializeToElement(demo);
    }

    /// <summary>The binding, or null for a client without one (such as the web, which acts for its signed-in user).</summary>
    public static (Organisatie Organisatie, string[] Rollen, bool Demo)? Read(ImmutableDictionary<string, JsonElement> properties) =>
        properties.TryGetValue(OrganisatieSoort, out var soort)
        && properties.TryGetValue(OrganisatieCode, out var code)
        && properties.TryGetValue(Rollen, out var rollen)
            ? (new Organisatie(soort.GetString()!, code.GetString()!),
                rollen.Deserialize<string[]>() ?? [],
                properties.TryGetValue(Demo, out var demo) && demo.GetBoolean())
            : null;
}

using System.Text.Json;

namespace Ontwikkelagenda.TestSupport;

/// <summary>What every API's OpenAPI document says about the access token (TokenOpenApiTransformer in ServiceDefaults).</summary>
public static class OpenApiToken
{
    /// <summary>
    /// What is wrong (empty when nothing): the bearer scheme (http, JWT) must be declared, every operation except
    /// <paramref name="anoniem"/> must require it and document the 401 as problem+json, and each of
    /// <paramref name="metRecht"/> must document the 403. Operations are named by method and path: <c>get /wijzigingen</c>.
    /// </summary>
    public static IReadOnlyList<string> Gebreken(JsonElement document, IEnumerable<string> metRecht, params string[] anoniem)
    {
        var gebreken = new List<string>();
        if (!(document.TryGetProperty("components", out var components)
            && components.TryGetProperty("securitySchemes", out var schemes)
            && schemes.TryGetProperty("bearer", out var scheme)
            && Tekst(scheme, "type") == "http" && Tekst(scheme, "scheme") == "bearer" && Tekst(scheme, "bearerFormat") == "JWT"))
        {
            gebreken.Add("components.securitySchemes.bearer (http, bearer, JWT) ontbreekt");
        }

        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => (Naam: $"{operation.Name} {path.Name}", Operation: operation.Value)))
            .ToDictionary(o => o.Naam, o => o.Operation);
        if (operations.Count == 0) gebreken.Add("het document heeft geen operaties");
        foreach (var (naam, operation) in operations)
        {
            var vraagtToken = operation.TryGetProperty("security", out var security)
                && security.EnumerateArray().Any(requirement => requirement.TryGetProperty("bearer", out _));
            if (vraagtToken == anoniem.Contains(naam)) gebreken.Add($"{naam}: security {(vraagtToken ? "staat er maar hoort er niet" : "ontbreekt")}");
            var heeft401 = operation.GetProperty("responses").TryGetProperty("401", out var unauthorized)
                && unauthorized.TryGetProperty("content", out var content) && content.TryGetProperty("application/problem+json", out _);
            if (heeft401 != vraagtToken) gebreken.Add($"{naam}: 401 (problem+json) {(heeft401 ? "staat er maar hoort er niet" : "ontbreekt")}");
        }

        foreach (var naam in metRecht)
        {
            if (!operations.TryGetValue(naam, out var operation)) gebreken.Add($"{naam}: geen operatie");
            else if (!operation.GetProperty("responses").TryGetProperty("403", out _)) gebreken.Add($"{naam}: 403 ontbreekt");
        }

        return gebreken;
    }

    private static string? Tekst(JsonElement element, string naam) =>
        element.TryGetProperty(naam, out var waarde) && waarde.ValueKind == JsonValueKind.String ? waarde.GetString() : null;
}

using System.Text.Json;
using Ondersteuning.Api.Validatie;

namespace Ondersteuning.Api.Meldingen;

/// <summary>Reads a request body as raw JSON, so the validators see every field as sent.</summary>
public static class JsonBody
{
    public const string MalformedReason = "Het verzoek is geen geldige JSON.";

    public const string IdReason = "Het id in het pad is een UUID.";

    /// <summary>The raw body, or null when it is not JSON at all.</summary>
    public static async Task<JsonElement?> Read(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static bool TryParseId(string id, out Guid value) => Guid.TryParseExact(id, "D", out value);

    /// <summary>The errors of a request whose path id is no UUID, together with the body's own field errors.</summary>
    public static Dictionary<string, string[]> MetOngeldigId(JsonElement? body, Func<JsonElement, IReadOnlyDictionary<string, string[]>> validate)
    {
        var errors = body is null
            ? new Dictionary<string, string[]> { [Velden.Body] = [MalformedReason] }
            : new Dictionary<string, string[]>(validate(body.Value));
        errors["id"] = [IdReason];
        return errors;
    }
}

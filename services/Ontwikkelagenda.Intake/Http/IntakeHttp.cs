using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Ontwikkelagenda.Intake.Validatie;
using Ontwikkelagenda.NlApi;

namespace Ontwikkelagenda.Intake.Http;

/// <summary>Reading a request's raw JSON and its path id, with the NL problem answers when they are wrong.</summary>
public static class IntakeHttp
{
    public const string OngeldigeJsonReden = "Het verzoek is geen geldige JSON.";

    /// <summary>The raw body, or null when it is not JSON at all.</summary>
    public static async Task<JsonElement?> ReadJsonAsync(HttpRequest request, CancellationToken cancellationToken)
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

    public static ValidationProblem OngeldigeJson() => NlProblems.Validation(VeldLezer.Body, OngeldigeJsonReden);

    public static bool TryParseId(string id, out Guid value) => Guid.TryParseExact(id, "D", out value);

    public static string IdReden(string wat) => $"Het id van {wat} is een UUID.";

    /// <summary>Adds the path id's error to the body's field errors, so both are reported together.</summary>
    public static ValidationProblem MetOngeldigId(IReadOnlyDictionary<string, string[]> fouten, string wat)
    {
        var errors = new Dictionary<string, string[]>(fouten) { ["id"] = [IdReden(wat)] };
        return NlProblems.Validation(errors);
    }
}

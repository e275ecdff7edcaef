using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Ontwikkelagenda.Intake.Validatie;
using Ontwikkelagenda.ServiceDefaults.NlApi;

namespace Ontwikkelagenda.Intake.Http;

/// <summary>Reading a request's raw JSON and its path id, with the NL problem answers when they are wrong.</summary>
public static class IntakeHttp
{
    public const string OngeldigeJsonReden = "Het verzoek is geen geldige JSON.";

    /// <summary>
    /// The largest body an intake reads (Kestrel answers 413 above it): a melding is a few hundred bytes, the largest (a
    /// contract listing every school of the region) a few kilobytes.
    /// </summary>
    public const long MaxBodyBytes = 1024 * 1024;

    // A field named twice has no one meaning (which one counts differs per reader), so such a body is not valid JSON here.
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false };

    /// <summary>
    /// The raw body, or null when it is not JSON at all. A body sent as anything but JSON (text/plain, XML, a form, no
    /// content type) is refused with 415 before it is read.
    /// </summary>
    public static async Task<JsonElement?> ReadJsonAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
            throw new BadHttpRequestException("Stuur de melding als application/json.", StatusCodes.Status415UnsupportedMediaType);
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, Strict, cancellationToken);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The body's meldingId when it is a UUID, else null (the validators say what is wrong with it).</summary>
    public static Guid? MeldingId(JsonElement verzoek) =>
        verzoek.ValueKind == JsonValueKind.Object && verzoek.TryGetProperty("meldingId", out var veld)
        && veld.ValueKind == JsonValueKind.String && TryParseId(veld.GetString()!, out var meldingId)
            ? meldingId
            : null;

    public static ValidationProblem OngeldigeJson() => NlProblems.Validation(VeldLezer.Body, OngeldigeJsonReden);

    public static bool TryParseId(string id, out Guid value) => Guid.TryParseExact(id, "D", out value);

    public static string IdReden(string wat) => $"Het id van {wat} is een UUID.";

    /// <summary>
    /// The body and the path id, or the 400 naming what is wrong: with a bad id, <paramref name="velden"/> validates the
    /// body too, so every error of both is reported together.
    /// </summary>
    /// <param name="wat">What the id names, in Dutch ("de zaak").</param>
    public static async Task<(JsonElement Body, Guid Id, ValidationProblem? Probleem)> LeesMetId(
        HttpRequest request, string id, string wat, Func<JsonElement, IReadOnlyDictionary<string, string[]>> velden, CancellationToken cancellationToken)
    {
        var body = await ReadJsonAsync(request, cancellationToken);
        if (!TryParseId(id, out var guid))
        {
            var fouten = body is null
                ? new Dictionary<string, string[]> { [VeldLezer.Body] = [OngeldigeJsonReden] }
                : velden(body.Value);
            return (default, default, MetOngeldigId(fouten, wat));
        }
        return body is null ? (default, guid, OngeldigeJson()) : (body.Value, guid, null);
    }

    /// <summary>Adds the path id's error to the body's field errors, so both are reported together.</summary>
    public static ValidationProblem MetOngeldigId(IReadOnlyDictionary<string, string[]> fouten, string wat)
    {
        var errors = new Dictionary<string, string[]>(fouten) { ["id"] = [IdReden(wat)] };
        return NlProblems.Validation(errors);
    }
}

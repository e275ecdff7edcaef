using System.Net;
using System.Text.Json;

namespace Ontwikkelagenda.TestSupport;

/// <summary>
/// Reads an intake's audit trail through <c>GET /v1/audit</c> as the functionaris gegevensbescherming. The service
/// stores an entry before its answer leaves, so a test reads it right after its request, without waiting.
/// </summary>
public static class Audittrail
{
    /// <summary>The entries of <paramref name="wie"/>, newest first (the first page).</summary>
    public static async Task<IReadOnlyList<JsonElement>> VanAsync(HttpClient functionaris, TestGebruiker wie, CancellationToken cancellationToken)
    {
        var response = await functionaris.GetAsync($"/v1/audit?subject={Uri.EscapeDataString(wie.Subject)}", cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"GET /v1/audit gaf {(int)response.StatusCode}: {body}");
        return [.. JsonDocument.Parse(body).RootElement.GetProperty("regels").EnumerateArray().Select(regel => regel.Clone())];
    }

    /// <summary>The newest entry of <paramref name="wie"/> for the operation <paramref name="wat"/> (its operationId).</summary>
    public static async Task<JsonElement> LaatsteAsync(HttpClient functionaris, TestGebruiker wie, string wat, CancellationToken cancellationToken) =>
        (await VanAsync(functionaris, wie, cancellationToken)).First(regel => regel.GetProperty("wat").GetString() == wat);

    /// <summary>The entry's route value <paramref name="naam"/> (e.g. the case id), or null.</summary>
    public static string? RouteWaarde(this JsonElement regel, string naam) =>
        regel.GetProperty("routeWaarden").TryGetProperty(naam, out var waarde) ? waarde.GetString() : null;
}

using System.Net;
using System.Text.Json;
using Refit;

namespace Intake.Client;

/// <summary>
/// What an intake service answered to a melding: accepted (202/200 with its body), or refused with the field errors of a
/// 400 problem+json (<c>invalidParams</c>), or another problem (404, 409, 503) with its Dutch <c>detail</c>.
/// </summary>
public sealed record MeldingAntwoord<T>(HttpStatusCode Status, T? Inhoud, IReadOnlyList<Veldfout> Veldfouten, string? Probleem)
{
    public bool Aangenomen => (int)Status is >= 200 and < 300;

    /// <exception cref="HttpRequestException">No answer at all (the service was not reachable).</exception>
    public static MeldingAntwoord<T> Van(IApiResponse<T> response)
    {
        if (response.StatusCode is not { } status)
            throw new HttpRequestException("De dienst gaf geen antwoord.", response.Error);
        if (response.IsSuccessStatusCode) return new(status, response.Content, [], null);
        var (veldfouten, detail) = LeesProbleem((response.Error as ApiException)?.Content);
        return new(status, default, veldfouten, detail ?? StandaardProbleem(status));
    }

    private static (IReadOnlyList<Veldfout>, string?) LeesProbleem(string? content)
    {
        if (string.IsNullOrWhiteSpace(content)) return ([], null);
        try
        {
            using var document = JsonDocument.Parse(content);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return ([], null);
            var detail = root.TryGetProperty("detail", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
            var veldfouten = new List<Veldfout>();
            if (root.TryGetProperty("invalidParams", out var lijst) && lijst.ValueKind == JsonValueKind.Array)
            {
                foreach (var param in lijst.EnumerateArray())
                {
                    var naam = param.TryGetProperty("name", out var n) ? n.GetString() : null;
                    var reden = param.TryGetProperty("reason", out var r) ? r.GetString() : null;
                    if (naam is not null && reden is not null) veldfouten.Add(new Veldfout(naam, reden));
                }
            }
            return (veldfouten, detail);
        }
        catch (JsonException)
        {
            return ([], null);
        }
    }

    private static string StandaardProbleem(HttpStatusCode status) => status switch
    {
        HttpStatusCode.NotFound => "De dienst kent dit niet (meer).",
        HttpStatusCode.Conflict => "De melding botst met wat de dienst al heeft vastgelegd.",
        HttpStatusCode.ServiceUnavailable => "De dienst kon de melding nu niet bevestigen; verstuur het formulier opnieuw (er wordt niets dubbel vastgelegd).",
        _ => $"De dienst weigerde de melding (HTTP {(int)status}).",
    };
}

using System.Text.Json;
using System.Text.RegularExpressions;

namespace Ontwikkelagenda.TestSupport;

/// <summary>What a request names, for a <see cref="TokenHandler"/> that picks the organisation a request is about.</summary>
public static partial class Verzoekinhoud
{
    /// <summary>The string property <paramref name="naam"/> of the JSON body, if the body is a JSON object that has it.</summary>
    public static async Task<string?> JsonVeld(HttpRequestMessage request, string naam, CancellationToken cancellationToken)
    {
        if (request.Content is null) return null;
        try
        {
            using var json = JsonDocument.Parse(await request.Content.ReadAsStringAsync(cancellationToken));
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty(naam, out var waarde)
                && waarde.ValueKind == JsonValueKind.String ? waarde.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The UUID right after <paramref name="collectie"/> in the path (<c>/v1/thuiszitters/{id}/...</c>).</summary>
    public static Guid? Id(HttpRequestMessage request, string collectie)
    {
        var match = IdPattern().Match(request.RequestUri?.AbsolutePath ?? "");
        return match.Success && match.Groups["collectie"].Value == collectie && Guid.TryParse(match.Groups["id"].Value, out var id) ? id : null;
    }

    /// <summary>The query parameter <paramref name="naam"/>, if present.</summary>
    public static string? Query(HttpRequestMessage request, string naam) =>
        System.Web.HttpUtility.ParseQueryString(request.RequestUri?.Query ?? "")[naam];

    [GeneratedRegex("^/v1/(?<collectie>[a-z-]+)/(?<id>[0-9a-fA-F-]{36})")]
    private static partial Regex IdPattern();
}

using System.Text.Json;

namespace Ontwikkelagenda.Voorbeelddata;

/// <summary>Turns a problem+json answer (title, detail, invalidParams) into one readable Dutch phrase.</summary>
public static class ProblemDetail
{
    public static string Beschrijf(string text, string? reasonPhrase)
    {
        try
        {
            using var doc = JsonDocument.Parse(text);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return Kort(text, reasonPhrase);

            var delen = new List<string>();
            if (Tekst(root, "title") is { } title) delen.Add(title);
            if (Tekst(root, "detail") is { } detail) delen.Add(detail);
            if (root.TryGetProperty("invalidParams", out var invalid) && invalid.ValueKind == JsonValueKind.Array)
            {
                var velden = invalid.EnumerateArray()
                    .Where(p => p.ValueKind == JsonValueKind.Object)
                    .Select(p => $"{Tekst(p, "name") ?? "?"}: {Tekst(p, "reason") ?? "ongeldig"}")
                    .ToList();
                if (velden.Count > 0) delen.Add(string.Join("; ", velden.Select(v => v.TrimEnd('.'))));
            }
            return delen.Count > 0 ? string.Join(" - ", delen.Select(d => d.TrimEnd('.'))) : Kort(text, reasonPhrase);
        }
        catch (JsonException)
        {
            return Kort(text, reasonPhrase);
        }
    }

    private static string? Tekst(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Kort(string text, string? reasonPhrase)
    {
        var t = text.Trim();
        if (t.Length == 0) return reasonPhrase ?? "geen toelichting";
        return t.Length <= 200 ? t : t[..200] + "...";
    }
}

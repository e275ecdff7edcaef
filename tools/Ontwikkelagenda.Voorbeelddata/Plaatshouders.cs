using System.Text.RegularExpressions;
using System.Text.Json.Nodes;

namespace Ontwikkelagenda.Voorbeelddata;

/// <summary>
/// The ids returned by earlier meldingen, by their <c>als</c> name, and the substitution of <c>{{naam}}</c>
/// in paths and in every string value of a body.
/// </summary>
public sealed partial class Plaatshouders
{
    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Ids => _ids;

    public void Bind(string naam, string id) => _ids[naam] = id;

    /// <summary>The placeholder names a text uses.</summary>
    public static IEnumerable<string> Namen(string text) => Patroon().Matches(text).Select(m => m.Groups[1].Value);

    /// <summary>The placeholder names used anywhere in a body (string values, at any depth).</summary>
    public static IEnumerable<string> Namen(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Namen(p.Value)),
        JsonArray a => a.SelectMany(Namen),
        JsonValue v when v.TryGetValue<string>(out var s) => Namen(s),
        _ => [],
    };

    /// <exception cref="KeyNotFoundException">A placeholder names no earlier melding's id.</exception>
    public string Vervang(string text) => Patroon().Replace(text, m =>
        _ids.TryGetValue(m.Groups[1].Value, out var id)
            ? id
            : throw new KeyNotFoundException(m.Groups[1].Value));

    /// <summary>A copy of the body with every placeholder replaced.</summary>
    public JsonObject Vervang(JsonObject body) => (JsonObject)Vervang((JsonNode)body)!;

    private JsonNode? Vervang(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, Vervang(p.Value)))),
        JsonArray a => new JsonArray(a.Select(Vervang).ToArray()),
        JsonValue v when v.TryGetValue<string>(out var s) => JsonValue.Create(Vervang(s)),
        _ => node?.DeepClone(),
    };

    [GeneratedRegex(@"\{\{([^{}]+)\}\}")]
    private static partial Regex Patroon();
}

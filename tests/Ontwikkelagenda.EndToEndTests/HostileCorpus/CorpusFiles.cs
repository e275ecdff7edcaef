using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ontwikkelagenda.EndToEndTests.HostileCorpus;

/// <summary>A whole request body: raw text, raw bytes, a repeated unit, or a valid request reshaped ($FIELDS).</summary>
internal sealed record BodyCase(string Name, string? ContentType, string? Body, string? BodyBase64, Repeat? Repeat, string? Template, int[]? Expect);

internal sealed record Repeat(string Prefix, string Unit, int Count, string Suffix);

/// <summary>A raw JSON value put in one field of a valid request; <see cref="Kinds"/> are the kinds of field it is wrong for.</summary>
internal sealed record ValueCase(string Name, string Json, string[] Kinds);

/// <summary>
/// A raw (already percent-encoded) path segment. <see cref="RefusedByKestrel"/>: the web server refuses the request line
/// itself (a NUL, longer than 8 kB) with a bare 400 or 414 before any application code runs, so no problem+json.
/// </summary>
internal sealed record SegmentCase(string Name, string Segment, bool RefusedByKestrel = false);

internal sealed record QueryCase(string Name, string Value);

/// <summary>The corpus as kept in the data files beside this class.</summary>
internal sealed class CorpusFiles
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public required IReadOnlyList<BodyCase> Bodies { get; init; }
    public required IReadOnlyList<ValueCase> Values { get; init; }
    public required IReadOnlyList<SegmentCase> Ids { get; init; }
    public required IReadOnlyList<QueryCase> Queries { get; init; }

    /// <summary>Per operation ("POST /v1/trajecten") each field's valid value and kind.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<(string Field, JsonNode? Value, string Kind)>> Templates { get; init; }

    public required IReadOnlyDictionary<string, string> PathValues { get; init; }

    /// <summary>Free-text search parameters: any text is a search, so 200 is a proper answer too.</summary>
    public required IReadOnlySet<string> SearchQueries { get; init; }

    public int Size => Bodies.Count + Values.Count + Ids.Count + Queries.Count;

    public static CorpusFiles Load()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "HostileCorpus");
        var templates = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "templates.json")))!;
        return new CorpusFiles
        {
            Bodies = Lines<BodyCase>(dir, "bodies.jsonl"),
            Values = Lines<ValueCase>(dir, "values.jsonl"),
            Ids = Lines<SegmentCase>(dir, "ids.jsonl"),
            Queries = Lines<QueryCase>(dir, "queries.jsonl"),
            SearchQueries = templates["searchQueries"]!.AsArray().Select(q => q!.GetValue<string>()).ToHashSet(StringComparer.Ordinal),
            PathValues = templates["pathValues"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>()),
            Templates = templates["bodies"]!.AsObject().ToDictionary(
                operation => operation.Key,
                operation => (IReadOnlyList<(string, JsonNode?, string)>)[.. operation.Value!.AsObject()
                    .Select(field => (field.Key, field.Value![0]?.DeepClone(), field.Value[1]!.GetValue<string>()))]),
        };
    }

    /// <summary>The bytes of <paramref name="body"/>; <paramref name="fields"/> gives a valid request's members, new each call.</summary>
    public static byte[] Bytes(BodyCase body, Func<string> fields)
    {
        if (body.BodyBase64 is not null) return Convert.FromBase64String(body.BodyBase64);
        if (body.Repeat is { } r)
        {
            var text = new StringBuilder(r.Prefix.Length + r.Unit.Length * r.Count + r.Suffix.Length).Append(r.Prefix);
            for (var i = 0; i < r.Count; i++) text.Append(r.Unit);
            return Encoding.UTF8.GetBytes(text.Append(r.Suffix).ToString());
        }
        if (body.Template is not null)
            return Encoding.UTF8.GetBytes(body.Template.Replace("$FIELDS2", fields(), StringComparison.Ordinal).Replace("$FIELDS", fields(), StringComparison.Ordinal));
        return Encoding.UTF8.GetBytes(body.Body ?? "");
    }

    private static List<T> Lines<T>(string dir, string file) =>
        [.. File.ReadLines(Path.Combine(dir, file)).Where(line => line.Length > 0).Select(line => JsonSerializer.Deserialize<T>(line, Web)!)];
}

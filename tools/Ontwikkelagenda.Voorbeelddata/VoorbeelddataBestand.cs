using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ontwikkelagenda.Voorbeelddata;

/// <summary>The sample file <c>data/voorbeeld/meldingen.json</c>: <c>{ opmerking, meldingen: [...] }</c>.</summary>
public sealed record VoorbeelddataBestand(string? Opmerking, IReadOnlyList<VoorbeeldMelding> Meldingen)
{
    public static VoorbeelddataBestand Lees(string file)
    {
        if (!File.Exists(file))
            throw new VoorbeelddataException($"Voorbeelddata: het bestand {file} bestaat niet.");
        try
        {
            return Parse(File.ReadAllText(file));
        }
        catch (JsonException e)
        {
            throw new VoorbeelddataException($"Voorbeelddata: het bestand {file} is geen geldige JSON ({e.Message}).");
        }
    }

    public static VoorbeelddataBestand Parse(string json)
    {
        var root = JsonNode.Parse(json) as JsonObject
            ?? throw new VoorbeelddataException("Voorbeelddata: het bestand is geen JSON-object.");
        var meldingen = (root["meldingen"] as JsonArray ?? [])
            .Select((node, i) => Melding(node as JsonObject, i + 1))
            .ToList();
        return new VoorbeelddataBestand(root["opmerking"]?.GetValue<string>(), meldingen);
    }

    private static VoorbeeldMelding Melding(JsonObject? node, int nummer)
    {
        var service = node?["service"]?.GetValue<string>();
        var pad = node?["pad"]?.GetValue<string>();
        var namens = node?["namens"]?.GetValue<string>();
        if (node?["body"] is not JsonObject body || service is null || pad is null || namens is null)
            throw new VoorbeelddataException($"Voorbeelddata: melding {nummer} mist service, pad, namens of body.");
        return new VoorbeeldMelding(service, pad, namens, node["als"]?.GetValue<string>(), body);
    }
}

using System.Security.Cryptography;
using System.Text.Json;

namespace Ontwikkelagenda.Intake;

/// <summary>
/// What a melding asked for, as a hash: the kind of melding, the entity it is about and its body with the properties in
/// a fixed order and without white space. A meldingId sent again is only a repeat when this is the same; otherwise the
/// sender would get 202 for a body that was never stored.
/// </summary>
public static class Vingerafdruk
{
    public static string Van(string meldingSoort, Guid? entiteitId, JsonElement body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            writer.WriteStringValue(meldingSoort);
            writer.WriteStringValue(entiteitId?.ToString("D") ?? "");
            Schrijf(writer, body);
            writer.WriteEndArray();
        }
        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }

    private static void Schrijf(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject().OrderBy(property => property.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(property.Name);
                    Schrijf(writer, property.Value);
                }
                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray()) Schrijf(writer, item);
                writer.WriteEndArray();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ontwikkelagenda.Contracts.Values;

/// <summary>Writes a code as its text and refuses malformed text when reading, so no event carries a bad code.</summary>
public sealed class CodeJsonConverter<TCode> : JsonConverter<TCode> where TCode : struct, ICode<TCode>
{
    public override TCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TCode.TryParse(reader.GetString(), out var code) ? code : throw new JsonException($"Ongeldige {typeof(TCode).Name}.");

    public override void Write(Utf8JsonWriter writer, TCode value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}

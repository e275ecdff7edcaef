using System.Text.Json.Serialization;

namespace Ontwikkelagenda.Contracts.Values;

/// <summary>A trajectory is light (Wmo, preventive) or heavy jeugdhulp: goal 2, "lichte hulp eerst".</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Zwaarte>))]
public enum Zwaarte
{
    [JsonStringEnumMemberName("licht")] Licht,
    [JsonStringEnumMemberName("zwaar")] Zwaar,
}

using System.Text.Json.Serialization;

namespace Ontwikkelagenda.Contracts.Values;

/// <summary>The legal route by which care reaches a child (domain.md).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ZorgKader>))]
public enum ZorgKader
{
    [JsonStringEnumMemberName("wmo")] Wmo,
    [JsonStringEnumMemberName("jeugdwet")] Jeugdwet,
    [JsonStringEnumMemberName("zvw-wlz")] ZvwWlz,
    [JsonStringEnumMemberName("pgb")] Pgb,
}

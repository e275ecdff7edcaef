using System.Text.Json.Serialization;

namespace Ontwikkelagenda.Contracts.Register;

[JsonConverter(typeof(JsonStringEnumConverter<SchoolSoort>))]
public enum SchoolSoort
{
    [JsonStringEnumMemberName("BAO")] Bao,
    [JsonStringEnumMemberName("SBO")] Sbo,
    [JsonStringEnumMemberName("SO")] So,
    [JsonStringEnumMemberName("VSO")] Vso,
    [JsonStringEnumMemberName("VO")] Vo,
    [JsonStringEnumMemberName("PrO")] Pro,
}

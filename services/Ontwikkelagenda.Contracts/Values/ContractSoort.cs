using System.Text.Json.Serialization;

namespace Ontwikkelagenda.Contracts.Values;

/// <summary>What a contract buys: jeugdhulp, or care for severe dyslexia (EED).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ContractSoort>))]
public enum ContractSoort
{
    [JsonStringEnumMemberName("jeugdhulp")] Jeugdhulp,
    [JsonStringEnumMemberName("eed")] Eed,
}

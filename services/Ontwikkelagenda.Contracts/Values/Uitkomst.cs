using System.Text.Json.Serialization;

namespace Ontwikkelagenda.Contracts.Values;

/// <summary>How a thuiszitter case ended.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Uitkomst>))]
public enum Uitkomst
{
    [JsonStringEnumMemberName("terug-naar-school")] TerugNaarSchool,
    [JsonStringEnumMemberName("passend-onderwijsaanbod")] PassendOnderwijsaanbod,
    [JsonStringEnumMemberName("zorgaanbod")] Zorgaanbod,
    /// <summary>Ends the case but is no solution: never silently improves the figures.</summary>
    [JsonStringEnumMemberName("vrijstelling")] Vrijstelling,
    [JsonStringEnumMemberName("verhuisd")] Verhuisd,
}

using System.Text.Json.Serialization;

namespace Ontwikkelagenda.Contracts.Values;

/// <summary>The two kinds of thuiszitter case the Thuiszitterspact counts (domain.md).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SoortVerzuim>))]
public enum SoortVerzuim
{
    /// <summary>Not enrolled at any school, no exemption (no BRIN).</summary>
    [JsonStringEnumMemberName("absoluut")] Absoluut,

    /// <summary>Enrolled but absent without valid reason for more than four weeks (has a BRIN).</summary>
    [JsonStringEnumMemberName("langdurig-relatief")] LangdurigRelatief,
}

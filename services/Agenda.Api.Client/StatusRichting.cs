using System.Text.Json.Serialization;

namespace Agenda.Api.Client;

/// <summary>Whether a higher KPI value is better (coverage) or a lower one (cases past three months).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StatusRichting>))]
public enum StatusRichting
{
    [JsonStringEnumMemberName("hoger-is-beter")] HogerIsBeter,
    [JsonStringEnumMemberName("lager-is-beter")] LagerIsBeter,
}

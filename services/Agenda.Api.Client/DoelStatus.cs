using System.Text.Json.Serialization;

namespace Agenda.Api.Client;

/// <summary>A goal's status, from its KPI and bounds or from a partner's report.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DoelStatus>))]
public enum DoelStatus
{
    [JsonStringEnumMemberName("op-koers")] OpKoers,
    [JsonStringEnumMemberName("aandacht-nodig")] AandachtNodig,
    [JsonStringEnumMemberName("achter")] Achter,
}

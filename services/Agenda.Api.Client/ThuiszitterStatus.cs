using System.Text.Json.Serialization;

namespace Agenda.Api.Client;

/// <summary>Status against the Thuiszitterspact target: no case longer than three months.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ThuiszitterStatus>))]
public enum ThuiszitterStatus
{
    [JsonStringEnumMemberName("op-koers")] OpKoers,
    [JsonStringEnumMemberName("achter")] Achter,
}

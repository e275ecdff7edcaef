using System.Text.Json.Serialization;

namespace Agenda.Api.Client;

/// <summary>Why a figure is shown or withheld for a caller without case rights for its place.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Onderdrukking>))]
public enum Onderdrukking
{
    /// <summary>Shown as it is (left out of the JSON).</summary>
    [JsonStringEnumMemberName("geen")]
    None,

    /// <summary>A count of 1 to 4, shown as "&lt;5".</summary>
    [JsonStringEnumMemberName("kleinAantal")]
    SmallNumber,

    /// <summary>A total or part withheld because, next to the figures shown, it would reveal a small count.</summary>
    [JsonStringEnumMemberName("secundair")]
    Secondary,

    /// <summary>A rate or share withheld because its count is withheld and its denominator is known.</summary>
    [JsonStringEnumMemberName("verraadtAantal")]
    RevealsCount,

    /// <summary>A percentage or median withheld because it may rest on fewer than 5 cases.</summary>
    [JsonStringEnumMemberName("kleineBasis")]
    SmallBase,
}

using System.Text.Json.Serialization;
using Ontwikkelagenda.Contracts.Kpis;

namespace Agenda.Api.Client;

/// <summary>
/// A figure about children as Agenda.Api gives it to this caller (docs/rights.md): <c>{"waarde": 3}</c>, or for a caller
/// without case rights for the place <c>{"waarde": null, "onderdrukking": "kleinAantal"}</c>. A withheld figure carries
/// no number at all, so it cannot leak into markup, tooltips or logs.
/// </summary>
public readonly record struct Cijfer(
    [property: JsonPropertyName("waarde")] decimal? Value,
    [property: JsonPropertyName("onderdrukking"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] Onderdrukking Onderdrukking)
{
    [JsonIgnore]
    public bool IsShown => Onderdrukking == Onderdrukking.None;

    public static Cijfer Shown(decimal? value) => new(value, Onderdrukking.None);

    public static Cijfer Withheld(Onderdrukking reason) => new(null, reason);

    /// <summary>Primary suppression of one count: 1 to 4 becomes "&lt;5", 0 stays 0.</summary>
    public static Cijfer Count(int count) =>
        KleineAantallen.IsKlein(count) ? Withheld(Onderdrukking.SmallNumber) : Shown(count);

    /// <summary>A rate is shown only next to a shown count: with a public denominator it gives the count back.</summary>
    public static Cijfer Rate(decimal? rate, Cijfer count) =>
        count.IsShown ? Shown(rate) : Withheld(Onderdrukking.RevealsCount);

    /// <summary>A percentage of closed cases is shown only when it rests on none (null) or on 5 or more.</summary>
    public static Cijfer Percentage(decimal? percentage, int afgesloten) =>
        KleineAantallen.IsKlein(afgesloten) ? Withheld(Onderdrukking.SmallBase) : Shown(percentage);
}

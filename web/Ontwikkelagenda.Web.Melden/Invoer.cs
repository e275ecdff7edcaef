using Ontwikkelagenda.Web.Common;

namespace Ontwikkelagenda.Web.Melden;

/// <summary>What a form sends for what a user typed, and how it repeats it in a confirmation.</summary>
public static class Invoer
{
    /// <summary>Trimmed text, or null when blank: the service then names the field as missing.</summary>
    public static string? Tekst(string? tekst) => string.IsNullOrWhiteSpace(tekst) ? null : tekst.Trim();

    public static string Datum(DateOnly? datum) => datum is { } d ? DutchFormat.Date(d) : "(geen datum)";
}

using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Ontwikkelagenda.Contracts.Values;

/// <summary>
/// A pseudonymous case reference assigned by the reporting office (domain.md, Privacy):
/// 3 to 40 characters of letters, digits and <c>-_./</c>, at least one digit, and never
/// something that could be a BSN (9 digits passing the eleven-test).
/// </summary>
public readonly partial record struct CasusReferentie
{
    public string Value { get; }

    private CasusReferentie(string value) => Value = value;

    public static bool TryParse([NotNullWhen(true)] string? text, out CasusReferentie referentie, out string? reden)
    {
        referentie = default;
        reden = Check(text);
        if (reden is not null) return false;
        referentie = new CasusReferentie(text!);
        return true;
    }

    public override string ToString() => Value;

    private static string? Check(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "De casusreferentie is verplicht.";
        if (text.Length is < 3 or > 40) return "De casusreferentie heeft 3 tot 40 tekens.";
        if (!Allowed().IsMatch(text)) return "De casusreferentie bestaat alleen uit letters, cijfers en - _ . / (geen spaties).";
        if (!text.Any(char.IsAsciiDigit)) return "De casusreferentie bevat minstens één cijfer.";
        // A BSN written with separators (1112.22.333) is still a BSN.
        if (text.All(c => char.IsAsciiDigit(c) || c is '.' or '-' or '/' or '_') && Bsn.LooksLikeBsn(new string([.. text.Where(char.IsAsciiDigit)]))) return "De casusreferentie lijkt op een BSN; gebruik een pseudoniem.";
        return null;
    }

    [GeneratedRegex("^[A-Za-z0-9_./-]+$")]
    private static partial Regex Allowed();
}

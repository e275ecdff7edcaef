using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Ontwikkelagenda.Intake.Validatie;

/// <summary>
/// Which characters a text field may hold. Control characters (NUL and the like), invisible format characters
/// (right-to-left marks and overrides, zero-width spaces, the byte order mark) and lone surrogates are never part of a
/// name, code or explanation: they hide or reorder what a reader sees, or break whatever stores or prints the text.
/// </summary>
public static class TekstTekens
{
    /// <summary>The first characters a spreadsheet reads as the start of a formula (CSV injection).</summary>
    public const string FormulaStarts = "=, +, - of @";

    private static readonly SearchValues<char> Formula = SearchValues.Create("=+-@");

    /// <summary>The string value, or null when its escapes are not valid UTF-16 (a lone <c>\ud800</c>).</summary>
    public static string? Read(JsonElement value)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The first code point that is not allowed (a lone surrogate as itself), or null when all are.</summary>
    /// <param name="meerRegels">Line ends and tabs are allowed (an explanation may have paragraphs).</param>
    public static int? Refused(string text, bool meerRegels)
    {
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(rest, out var rune, out var used) != OperationStatus.Done) return rest[0];
            rest = rest[used..];
            if (meerRegels && rune.Value is '\n' or '\r' or '\t') continue;
            if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned) return rune.Value;
        }
        return null;
    }

    public static bool IsFormula(string text) => text.Length > 0 && Formula.Contains(text[0]);
}

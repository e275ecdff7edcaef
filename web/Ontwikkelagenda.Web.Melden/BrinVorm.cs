using System.Text.RegularExpressions;

namespace Ontwikkelagenda.Web.Melden;

/// <summary>Whether a typed BRIN is whole, so a school's list is asked for only then and typing "1", "19" shows no errors on the way.</summary>
public static partial class BrinVorm
{
    public static bool IsHeel(string? brin) => brin is not null && Vorm().IsMatch(brin);

    [GeneratedRegex("^[0-9]{2}[A-Z]{2}$")]
    private static partial Regex Vorm();
}

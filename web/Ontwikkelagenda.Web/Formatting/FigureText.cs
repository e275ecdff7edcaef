using Ontwikkelagenda.Web.Privacy;

namespace Ontwikkelagenda.Web.Formatting;

/// <summary>The Dutch text of a protected figure, including what stands in for a withheld one.</summary>
public static class FigureText
{
    public const string SmallNumber = "<5";
    public const string Withheld = "niet getoond";
    public const string NoClosedCases = "geen afgesloten zaken";
    public const string Unknown = "onbekend";

    public static string Count(ProtectedValue value) => Text(value, DutchFormat.Count, Unknown);

    public static string Rate(ProtectedValue value) => Text(value, DutchFormat.Decimal, Unknown);

    /// <summary>Binnen drie maanden opgelost: null means no case was closed yet.</summary>
    public static string Percentage(ProtectedValue value) => Text(value, DutchFormat.Percentage, NoClosedCases);

    /// <summary>Any protected figure: its own format when shown, <paramref name="whenNull"/> when it has no value.</summary>
    public static string Text(ProtectedValue value, Func<decimal, string> format, string whenNull) =>
        value.Protection switch
        {
            Protection.None => value.Value is { } number ? format(number) : whenNull,
            Protection.SmallNumber => SmallNumber,
            _ => Withheld,
        };
}

using Agenda.Api.Client;
using Ontwikkelagenda.Web.Privacy;
using Ontwikkelagenda.Web.Common;

namespace Ontwikkelagenda.Web.Formatting;

/// <summary>The Dutch text of a protected figure, including what stands in for a withheld one.</summary>
public static class FigureText
{
    public const string SmallNumber = "<5";
    public const string Withheld = "niet getoond";
    public const string NoClosedCases = "geen afgesloten zaken";
    public const string Unknown = "onbekend";
    public const string NoValue = "geen gegevens";

    public static string Count(Cijfer value) => Text(value, DutchFormat.Count, Unknown);

    public static string Rate(Cijfer value) => Text(value, DutchFormat.Decimal, Unknown);

    /// <summary>Binnen drie maanden opgelost: null means no case was closed yet.</summary>
    public static string Percentage(Cijfer value) => Text(value, DutchFormat.Percentage, NoClosedCases);

    /// <summary>A goal's KPI value: a percentage (share, coverage) or a count; null means no value yet.</summary>
    public static string DoelWaarde(Cijfer value, bool isPercentage) =>
        Text(value, isPercentage ? DutchFormat.Percentage : DutchFormat.Count, NoValue);

    /// <summary>"doel: 0" or "doel: 100%"; empty without a target.</summary>
    public static string Streefwaarde(decimal? streefwaarde, bool isPercentage) =>
        streefwaarde is not { } doel ? "" : "doel: " + (isPercentage ? DutchFormat.Count(doel) + "%" : DutchFormat.Count(doel));

    /// <summary>Any protected figure: its own format when shown, <paramref name="whenNull"/> when it has no value.</summary>
    public static string Text(Cijfer value, Func<decimal, string> format, string whenNull) =>
        value.Onderdrukking switch
        {
            Onderdrukking.None => value.Value is { } number ? format(number) : whenNull,
            Onderdrukking.SmallNumber => SmallNumber,
            _ => Withheld,
        };
}

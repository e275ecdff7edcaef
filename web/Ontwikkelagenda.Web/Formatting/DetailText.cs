using Agenda.Api.Client;
using Ontwikkelagenda.Web.Privacy;
using Ontwikkelagenda.Web.Common;

namespace Ontwikkelagenda.Web.Formatting;

/// <summary>The Dutch text of the figures of a detail page that the overview does not have.</summary>
public static class DetailText
{
    public const string None = "geen";

    /// <summary>A goal's KPI without a value at the peildatum (a share of nothing).</summary>
    public const string NoValue = "geen waarde";

    /// <summary>A share of a count (with a casusregisseur, light): null means there was nothing to share.</summary>
    public static string Share(Cijfer value) => FigureText.Text(value, DutchFormat.Percentage, None);

    public static string Days(Cijfer value) => FigureText.Text(value, d => DutchFormat.Decimal(d) + " dagen", None);

    /// <summary>A figure that needs no protection (providers, schools).</summary>
    public static string Count(int? count) => count is { } c ? DutchFormat.Count(c) : FigureText.Unknown;

    public static string Percentage(decimal? percentage) => percentage is { } p ? DutchFormat.Percentage(p) : None;

    /// <summary>A goal's KPI value in the notation of its KPI: shares and coverage as percentages, rates with a decimal.</summary>
    public static string Kpi(string kpi, Cijfer value)
    {
        Func<decimal, string> format = KpiText.IsPercentage(kpi) ? DutchFormat.Percentage
            : kpi.EndsWith("perDuizend", StringComparison.Ordinal) ? DutchFormat.Decimal
            : DutchFormat.Count;
        return FigureText.Text(value, format, NoValue);
    }

    public static string Streefwaarde(string kpi, decimal streefwaarde) =>
        KpiText.IsPercentage(kpi) ? DutchFormat.Percentage(streefwaarde) : DutchFormat.Count(streefwaarde);
}

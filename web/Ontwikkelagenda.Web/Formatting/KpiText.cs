using Agenda.Api.Client;
using Ontwikkelagenda.Contracts.Kpis;
using Ontwikkelagenda.Web.Privacy;
using Ontwikkelagenda.Web.Common;
using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.Web.Formatting;

/// <summary>The Dutch name and notation of a goal's KPI (agenda.json's <c>kpi</c> keys) and of a goal's status.</summary>
public static class KpiText
{
    private static readonly Dictionary<string, string> Namen = new(StringComparer.Ordinal)
    {
        [KpiSleutels.TrajectenAandeelLicht] = "Aandeel lichte trajecten",
        [KpiSleutels.InkoopScholenBovenNorm] = "Scholen met meer aanbieders dan de norm",
        [KpiSleutels.RegieAandeelMetCasusregisseur] = "Aandeel open complexe casussen met een casusregisseur",
        [KpiSleutels.ThuiszittersLangerDanDrieMaanden] = "Thuiszitterszaken langer dan drie maanden",
        [KpiSleutels.EedDekking] = "Basisscholen met EED-aanbod (dekking)",
    };

    /// <summary>A KPI the page does not know yet is named by its key rather than hidden.</summary>
    public static string Naam(string kpi) => Namen.GetValueOrDefault(kpi, kpi);

    /// <summary>
    /// Whether a KPI is a percentage rather than a count, by its key: shares (aandeel), coverage (dekking) and cases
    /// solved within three months. The one rule for every page, so a KPI reads the same wherever it is shown.
    /// </summary>
    public static bool IsPercentage(string? kpi) =>
        kpi is not null
        && (kpi.Contains("aandeel", StringComparison.OrdinalIgnoreCase)
            || kpi.Contains("dekking", StringComparison.OrdinalIgnoreCase)
            || kpi.EndsWith("binnenDrieMaandenOpgelost", StringComparison.Ordinal));

    /// <summary>"56,1%", "3", "&lt;5"; "nog geen waarde" when the KPI has none yet.</summary>
    public static string Waarde(string? kpi, Cijfer value) =>
        value.Onderdrukking switch
        {
            Onderdrukking.None => value.Value is { } getal ? Getal(kpi, getal) : "nog geen waarde",
            Onderdrukking.SmallNumber => FigureText.SmallNumber,
            _ => FigureText.Withheld,
        };

    /// <summary>A change with its sign: "+4,1 procentpunt", "-2", "0".</summary>
    public static string Verschil(string? kpi, Cijfer value)
    {
        if (!value.IsShown) return FigureText.Withheld;
        if (value.Value is not { } getal) return "onbekend";
        var teken = getal > 0 ? "+" : getal < 0 ? "-" : "";
        var absoluut = Math.Abs(getal);
        return IsPercentage(kpi)
            ? $"{teken}{DutchFormat.Decimal(absoluut)} procentpunt"
            : teken + (absoluut == decimal.Truncate(absoluut) ? DutchFormat.Count(absoluut) : DutchFormat.Decimal(absoluut));
    }

    public static string Getal(string? kpi, decimal getal) =>
        IsPercentage(kpi) ? DutchFormat.Percentage(getal)
        : getal == decimal.Truncate(getal) ? DutchFormat.Count(getal) : DutchFormat.Decimal(getal);

    public static string Status(DoelStatus status) => status switch
    {
        DoelStatus.OpKoers => "op koers",
        DoelStatus.AandachtNodig => "aandacht nodig",
        _ => "achter",
    };
}

using Agenda.Api.Client;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.Contracts.Agenda;

namespace Ontwikkelagenda.Web.Privacy;

/// <summary>
/// Small-number suppression for a goal's KPI on the agenda page. Only a KPI that counts children
/// (thuiszitter cases longer than three months, goal 5) is protected: 1 to 4 becomes "&lt;5" in text, the chart
/// leaves those months out, and a difference between two moments is withheld when either end is withheld
/// (with one end shown, the difference gives the other back). Shares and school counts are not about
/// few children and are shown as they are.
/// </summary>
public static class DoelKpiSuppression
{
    /// <summary>Whether a KPI's value is a number of children: the Regio-overzicht's reading of the key, so both pages agree.</summary>
    public static bool CountsChildren(string? kpi) => DoelSuppression.SoortVan(kpi) == DoelKpiSoort.Aantal;

    /// <summary>A KPI value as the page may show it; null (no value yet) stays null.</summary>
    public static Cijfer Value(string? kpi, decimal? waarde) =>
        waarde is { } getal && CountsChildren(kpi)
            ? Cijfer.Count((int)getal)
            : Cijfer.Shown(waarde);

    /// <summary>The change between two moments: only shown when both ends are.</summary>
    public static Cijfer Verschil(string? kpi, decimal? van, decimal? tot, decimal? verschil) =>
        Value(kpi, van).IsShown && Value(kpi, tot).IsShown
            ? Cijfer.Shown(verschil)
            : Cijfer.Withheld(Onderdrukking.RevealsCount);

    /// <summary>
    /// A goal's KPI status as the page may show it beside its value: next to "&lt;5" the exact status could narrow
    /// the hidden count down (with bounds 0 and 2, "aandacht nodig" means 1 or 2), so it says only what holds for
    /// every count from 1 to 4, as the Regio-overzicht does.
    /// </summary>
    public static StatusWeergave Status(string? kpi, decimal? waarde, DoelStatus status, Statusgrenzen? grenzen) =>
        Status(Value(kpi, waarde), status, grenzen);

    /// <summary>The same for a value already protected (a month end of the chart's table).</summary>
    public static StatusWeergave Status(Cijfer waarde, DoelStatus status, Statusgrenzen? grenzen) =>
        waarde.Onderdrukking != Onderdrukking.SmallNumber ? status.ToWeergave()
        : grenzen is { } g ? StatusWeergaven.Gemeenschappelijk(1, 4, g)
        : StatusWeergave.NietGetoond;

    /// <summary>The month ends for the chart and its table, each value protected.</summary>
    public static IReadOnlyList<ProtectedMeting> Metingen(string? kpi, IReadOnlyList<KpiMeting> metingen) =>
        metingen.Select(m => new ProtectedMeting(m.Datum, Value(kpi, m.Waarde), m.Status)).ToList();
}

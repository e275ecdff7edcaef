using Agenda.Api.Client;
using Ontwikkelagenda.Contracts.Kpis;

namespace Agenda.Api.Privacy;

/// <summary>
/// A goal's KPI as Agenda.Api gives it to a caller without case rights for the place (domain.md, Privacy):
/// <list type="number">
/// <item>A KPI that counts children's cases (goal 5, thuiszitters longer than three months): 1 to 4 is withheld as a
/// small number, 0 stays 0.</item>
/// <item>A KPI that is a percentage of children's cases or trajectories (goal 4 casusregie, goal 2 light trajectories):
/// withheld when its base (open complex cases, active trajectories) is 1 to 4.</item>
/// <item>A KPI about schools (goals 3 and 6) is shown as it is: a school is no person.</item>
/// <item>The KPI status is withheld with its value: with bounds 0 and 2, "aandacht nodig" beside "&lt;5" means 1 or 2.</item>
/// <item>A difference between two moments is shown only when both ends are: with one end shown it gives the other back.</item>
/// </list>
/// A partner report's status is shown as it is: it is a professional's judgement, not a number.
/// </summary>
public static class DoelKpiBescherming
{
    /// <summary>A goal's standing at a scope whose figures are <paramref name="cijfers"/>.</summary>
    public static BeschermdeDoelStand Stand(DoelStand stand, ScopeCijfers cijfers, bool exact) =>
        Stand(stand, Basis(stand.Kpi, cijfers), exact);

    /// <summary>A goal's standing; <paramref name="basis"/> is what a percentage KPI is a share of.</summary>
    public static BeschermdeDoelStand Stand(DoelStand stand, int basis, bool exact) => Stand(stand, Waarde(stand, basis, exact));

    /// <summary>A goal's standing with its KPI value as protected already: the KPI status goes with the value.</summary>
    public static BeschermdeDoelStand Stand(DoelStand stand, Cijfer waarde) =>
        new(stand.Nummer, stand.Titel, stand.Kpi, waarde, stand.Streefwaarde,
            waarde.IsShown ? stand.KpiStatus : null, stand.RapportStatus, stand.RapportDatum);

    /// <summary>A goal without a standing yet (no KPI value, no report).</summary>
    public static BeschermdeDoelStand Leeg(int nummer, string titel, string? kpi, decimal? streefwaarde) =>
        new(nummer, titel, kpi, Cijfer.Shown(null), streefwaarde, null, null, null);

    private static Cijfer Waarde(DoelStand stand, int basis, bool exact)
    {
        if (exact || stand.KpiWaarde is not { } waarde) return Cijfer.Shown(stand.KpiWaarde);
        return DoelKpiSoorten.Van(stand.Kpi) switch
        {
            DoelKpiSoort.Aantal => Cijfer.Count((int)waarde),
            DoelKpiSoort.AandeelVanZaken => Cijfer.Percentage(waarde, basis),
            _ => Cijfer.Shown(waarde),
        };
    }

    /// <summary>Tot minus van, shown only when both ends are shown and have a value.</summary>
    public static Cijfer Verschil(Cijfer van, Cijfer tot) =>
        !van.IsShown || !tot.IsShown ? Cijfer.Withheld(Onderdrukking.RevealsCount)
        : van.Value is { } a && tot.Value is { } b ? Cijfer.Shown(b - a)
        : Cijfer.Shown(null);

    /// <summary>What a percentage KPI is a share of: the open complex cases or the active trajectories.</summary>
    private static int Basis(string? kpi, ScopeCijfers cijfers) =>
        kpi == KpiSleutels.RegieAandeelMetCasusregisseur ? cijfers.Regie.OpenCasussen : cijfers.Trajecten.Actief;
}

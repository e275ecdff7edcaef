using Ontwikkelagenda.Contracts.Kpis;

namespace Agenda.Api.Client;

/// <summary>What a goal's KPI counts, which decides how Agenda.Api protects it for a caller without case rights.</summary>
public enum DoelKpiSoort
{
    /// <summary>No KPI: the goal's status comes from partner reports only.</summary>
    Geen,

    /// <summary>About schools, not children (schools above the provider norm, EED coverage): shown as it is.</summary>
    Openbaar,

    /// <summary>A count of children's cases (thuiszitters longer than three months): 1 to 4 is "&lt;5".</summary>
    Aantal,

    /// <summary>A percentage of children's cases or trajectories: withheld when it rests on 1 to 4.</summary>
    AandeelVanZaken,
}

/// <summary>The one reading of a KPI key as a <see cref="DoelKpiSoort"/>, for Agenda.Api and the pages alike.</summary>
public static class DoelKpiSoorten
{
    public static DoelKpiSoort Van(string? kpi) => kpi switch
    {
        null => DoelKpiSoort.Geen,
        KpiSleutels.ThuiszittersLangerDanDrieMaanden => DoelKpiSoort.Aantal,
        KpiSleutels.RegieAandeelMetCasusregisseur or KpiSleutels.TrajectenAandeelLicht => DoelKpiSoort.AandeelVanZaken,
        _ => DoelKpiSoort.Openbaar,
    };
}

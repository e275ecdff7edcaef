namespace Ontwikkelagenda.Web.Privacy;

/// <summary>What a goal's KPI counts, which decides how a view without case rights protects it.</summary>
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

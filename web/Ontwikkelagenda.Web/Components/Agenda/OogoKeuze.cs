using Ontwikkelagenda.Contracts.Agenda;

namespace Ontwikkelagenda.Web.Components.Agenda;

/// <summary>Which two OOGO meetings "sinds het vorige OOGO" compares.</summary>
public static class OogoKeuze
{
    /// <summary>The last two meetings on or before today, as Agenda.Api's default; null with fewer than two.</summary>
    public static (DateOnly Van, DateOnly Tot)? Standaard(IEnumerable<OogoOverleg> overleggen, DateOnly vandaag)
    {
        var laatste = overleggen.Where(o => o.Datum <= vandaag).Select(o => o.Datum).Distinct().Order().TakeLast(2).ToList();
        return laatste.Count == 2 ? (laatste[0], laatste[1]) : null;
    }

    /// <summary>A pair the user may compare: the first meeting before the second.</summary>
    public static bool IsGeldig(DateOnly van, DateOnly tot) => van < tot;
}

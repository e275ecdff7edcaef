using Agenda.Api.Client;
using Ontwikkelagenda.Contracts.Kpis;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.Contracts.Agenda;

namespace Ontwikkelagenda.Web.Privacy;

/// <summary>From the API's and the Thuiszitterspact's statuses to what a view shows.</summary>
public static class StatusWeergaven
{
    /// <summary>A thuiszitter area's status; Agenda.Api leaves it out beside a count it withholds for another reason than "&lt;5".</summary>
    public static StatusWeergave ToWeergave(this ThuiszitterStatus? status) => status switch
    {
        ThuiszitterStatus.OpKoers => StatusWeergave.OpKoers,
        ThuiszitterStatus.Achter => StatusWeergave.Achter,
        _ => StatusWeergave.NietGetoond,
    };

    public static StatusWeergave ToWeergave(this DoelStatus status) => status switch
    {
        DoelStatus.OpKoers => StatusWeergave.OpKoers,
        DoelStatus.AandachtNodig => StatusWeergave.AandachtNodig,
        _ => StatusWeergave.Achter,
    };

    /// <summary>The status as <c>DoelStandCalculator.Status</c> computes it from a value and its bounds.</summary>
    public static DoelStatus Status(decimal waarde, Statusgrenzen grenzen)
    {
        bool Haalt(decimal grens) => grenzen.Richting == StatusRichting.HogerIsBeter ? waarde >= grens : waarde <= grens;
        return Haalt(grenzen.OpKoers) ? DoelStatus.OpKoers : Haalt(grenzen.AandachtNodig) ? DoelStatus.AandachtNodig : DoelStatus.Achter;
    }

    /// <summary>
    /// A goal's KPI status as Agenda.Api gave it beside its value: as it is next to a shown value; next to a small number
    /// ("&lt;5", 1 to 4 by the public rule) what holds for every count from 1 to 4 under the goal's public bounds;
    /// otherwise nothing. Null when there is no status to show.
    /// </summary>
    public static StatusWeergave? Van(Cijfer waarde, DoelStatus? status, Statusgrenzen? grenzen) =>
        waarde.IsShown ? status?.ToWeergave()
        : waarde.Onderdrukking == Onderdrukking.SmallNumber && grenzen is { } g ? Gemeenschappelijk(1, KleineAantallen.Drempel - 1, g)
        : StatusWeergave.NietGetoond;

    /// <summary>
    /// What may be said of a withheld count that lies somewhere from <paramref name="laagste"/> to
    /// <paramref name="hoogste"/>: its status when every possible value has the same one, "niet op koers" when
    /// none is on target, otherwise nothing.
    /// </summary>
    public static StatusWeergave Gemeenschappelijk(int laagste, int hoogste, Statusgrenzen grenzen)
    {
        var mogelijk = Enumerable.Range(laagste, hoogste - laagste + 1).Select(w => Status(w, grenzen)).Distinct().ToList();
        if (mogelijk.Count == 1) return mogelijk[0].ToWeergave();
        return mogelijk.Contains(DoelStatus.OpKoers) ? StatusWeergave.NietGetoond : StatusWeergave.NietOpKoers;
    }
}

using Agenda.Domein.Feiten;
using Ontwikkelagenda.Contracts.Kpis;
using Ontwikkelagenda.Contracts.Values;

namespace Agenda.Domein.Kpis;

/// <summary>Light before heavy: trajectories active at the peildatum at the scope's schools and the light share.</summary>
public static class TrajectKpiCalculator
{
    public static TrajectCijfers Bereken(ScopeAfbakening scope, ScopeFeiten feiten, DateOnly peildatum)
    {
        var actief = feiten.Trajecten.Where(t => t.ActiefOp(peildatum) && scope.BrinTelt(t.Brin)).ToList();
        var licht = actief.Count(t => t.Zwaarte == Zwaarte.Licht);
        return new TrajectCijfers(actief.Count, licht, actief.Count - licht, Aandeel.Procent(licht, actief.Count));
    }
}

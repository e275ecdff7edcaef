using Ontwikkelagenda.Agenda.Domein.Data;
using Ontwikkelagenda.Agenda.Domein.Feiten;
using Ontwikkelagenda.Contracts.Kpis;

namespace Ontwikkelagenda.Agenda.Domein.Kpis;

/// <summary>Every KPI of domain.md for one scope at one peildatum; pure, so every rule has a unit test.</summary>
public static class ScopeKpiCalculator
{
    /// <param name="regioRapporten">The partners' reports (held by the region) for the goals' report status.</param>
    public static ScopeKpis Bereken(Scope scope, ScopeFeiten feiten, DomeinData data, IReadOnlyList<Voortgangsrapport> regioRapporten, DateOnly peildatum) =>
        throw new NotImplementedException("Agenda.Domein: in aanbouw");
}

using Agenda.Domein.Data;
using Agenda.Domein.Feiten;
using Ontwikkelagenda.Contracts.Kpis;
using Ontwikkelagenda.Contracts.Values;

namespace Agenda.Domein.Kpis;

/// <summary>Every KPI of domain.md for one scope at one peildatum; pure, so every rule has a unit test.</summary>
public static class ScopeKpiCalculator
{
    /// <param name="regioRapporten">The partners' reports (held by the region) for the goals' report status.</param>
    public static ScopeCijfers Bereken(Scope scope, ScopeFeiten feiten, DomeinData data, IReadOnlyList<Voortgangsrapport> regioRapporten, DateOnly peildatum)
    {
        var afbakening = new ScopeAfbakening(scope, data.Referentiedata);
        // A school (or SWV) outside the register counts nothing, whatever events reached it.
        var telt = afbakening.InRegister ? feiten : new ScopeFeiten();
        var noemer = afbakening.InRegister ? afbakening.Noemer(peildatum) : null;
        var zaken = afbakening.Zaken(telt.Thuiszitters, peildatum).ToList();
        var agenda = data.AgendaOp(peildatum);

        var kpis = new ScopeCijfers(
            ThuiszitterKpiCalculator.Calculate(zaken, peildatum, noemer),
            ThuiszitterKpiCalculator.Calculate(zaken, peildatum, noemer, SoortVerzuim.Absoluut),
            ThuiszitterKpiCalculator.Calculate(zaken, peildatum, noemer, SoortVerzuim.LangdurigRelatief),
            JaartellingCalculator.Bereken(afbakening, telt.Thuiszitters, noemer, peildatum),
            InkoopKpiCalculator.Bereken(afbakening, telt, agenda.NormAanbiedersPerSchool, peildatum),
            EedKpiCalculator.Bereken(afbakening, telt, peildatum),
            RegieKpiCalculator.Bereken(afbakening, telt, peildatum),
            TrajectKpiCalculator.Bereken(afbakening, telt, peildatum),
            []);
        return kpis with { Doelen = DoelStandCalculator.Bereken(agenda, kpis, regioRapporten, peildatum) };
    }
}

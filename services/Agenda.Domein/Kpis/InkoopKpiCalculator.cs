using Agenda.Domein.Feiten;
using Ontwikkelagenda.Contracts.Kpis;

namespace Agenda.Domein.Kpis;

/// <summary>
/// Procurement partners: providers under an active contract for a municipality (or any of the four, for the region);
/// distinct providers with active trajectories per school of the scope against the agenda's norm.
/// </summary>
public static class InkoopKpiCalculator
{
    public static InkoopCijfers Bereken(ScopeAfbakening scope, ScopeFeiten feiten, int norm, DateOnly peildatum)
    {
        int? onderContract = scope.Scope.Soort switch
        {
            ScopeSoort.Gemeente => AanbiedersOnderContract(feiten, peildatum, c => c.TeltVoor(scope.Scope.Sleutel)),
            ScopeSoort.Regio => AanbiedersOnderContract(feiten, peildatum, c => scope.Register.RegioGemeenten.Any(g => c.TeltVoor(g.Code))),
            _ => null,
        };

        var perSchool = AanbiedersPerSchool(feiten, peildatum);
        var scholen = scope.Scholen().Select(s => perSchool.GetValueOrDefault(s.Brin)).ToList();
        int? bijSchool = scope.Scope.Soort == ScopeSoort.School ? (scope.InRegister ? scholen.Sum() : 0) : null;

        return new InkoopCijfers(onderContract, bijSchool, norm,
            ScholenMetTrajecten: scholen.Count(n => n > 0),
            ScholenBovenNorm: scholen.Count(n => n > norm),
            MaxAanbiedersPerSchool: scholen.Count == 0 ? null : scholen.Max());
    }

    /// <summary>Distinct providers with a trajectory active at the peildatum, per BRIN.</summary>
    public static Dictionary<string, int> AanbiedersPerSchool(ScopeFeiten feiten, DateOnly peildatum) =>
        feiten.Trajecten.Where(t => t.ActiefOp(peildatum))
            .GroupBy(t => t.Brin)
            .ToDictionary(g => g.Key, g => g.Select(t => t.AanbiederId).Distinct().Count());

    private static int AanbiedersOnderContract(ScopeFeiten feiten, DateOnly peildatum, Func<ContractFeit, bool> telt) =>
        feiten.Contracten.Where(c => c.ActiefOp(peildatum) && telt(c)).Select(c => c.AanbiederId).Distinct().Count();
}

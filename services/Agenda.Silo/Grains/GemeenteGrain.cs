using Agenda.Domein;
using Agenda.Contracts.Grains;

namespace Agenda.Silo.Grains;

/// <summary>A municipality by CBS code: its residents' cases, its contracts, its schools' trajectories and referrals.</summary>
public sealed class GemeenteGrain(ScopeGrainDiensten diensten) : ScopeGrain(diensten), IGemeenteGrain
{
    protected override Scope Scope => Scope.Gemeente(this.GetPrimaryKeyString());
}

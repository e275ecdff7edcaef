using Agenda.Domein;
using Agenda.Contracts.Grains;

namespace Agenda.Silo.Grains;

/// <summary>A school by BRIN: its pupils' cases, the contracts serving it, its trajectories and referrals.</summary>
public sealed class SchoolGrain(ScopeGrainDiensten diensten) : ScopeGrain(diensten), ISchoolGrain
{
    protected override Scope Scope => Scope.School(this.GetPrimaryKeyString());

    protected override bool InRegister => Data.Referentiedata.School(this.GetPrimaryKeyString()) is not null;
}

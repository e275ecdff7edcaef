using Agenda.Domein;
using Agenda.Contracts.Grains;

namespace Agenda.Silo.Grains;

/// <summary>A samenwerkingsverband: everything of its schools.</summary>
public sealed class SwvGrain(ScopeGrainDiensten diensten) : ScopeGrain(diensten), ISwvGrain
{
    protected override Scope Scope => Scope.Swv(this.GetPrimaryKeyString());

    protected override bool InRegister => Data.Referentiedata.Samenwerkingsverbanden.Any(s => s.Code == this.GetPrimaryKeyString());
}

using Agenda.Domein;
using Agenda.Domein.Data;
using Agenda.Silo.EventStore;
using Agenda.Contracts.Grains;

namespace Agenda.Silo.Grains;

/// <summary>A municipality by CBS code: its residents' cases, its contracts, its schools' trajectories and referrals.</summary>
public sealed class GemeenteGrain(IEventStore eventStore, DomeinData data, TimeProvider time) : ScopeGrain(eventStore, data, time), IGemeenteGrain
{
    protected override Scope Scope => Scope.Gemeente(this.GetPrimaryKeyString());
}

using Agenda.Domein;
using Agenda.Domein.Data;
using Agenda.Silo.EventStore;
using Agenda.Contracts.Grains;

namespace Agenda.Silo.Grains;

/// <summary>A samenwerkingsverband: everything of its schools.</summary>
public sealed class SwvGrain(IEventStore eventStore, DomeinData data, TimeProvider time) : ScopeGrain(eventStore, data, time), ISwvGrain
{
    protected override Scope Scope => Scope.Swv(this.GetPrimaryKeyString());

    protected override bool InRegister => Data.Referentiedata.Samenwerkingsverbanden.Any(s => s.Code == this.GetPrimaryKeyString());
}

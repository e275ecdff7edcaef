using Ontwikkelagenda.Agenda.Domein;
using Ontwikkelagenda.Agenda.Domein.Data;
using Ontwikkelagenda.Agenda.Silo.EventStore;
using Ontwikkelagenda.Contracts.Grains;

namespace Ontwikkelagenda.Agenda.Silo.Grains;

/// <summary>A samenwerkingsverband: everything of its schools.</summary>
public sealed class SwvGrain(IEventStore eventStore, DomeinData data, TimeProvider time) : ScopeGrain(eventStore, data, time), ISwvGrain
{
    protected override Scope Scope => Scope.Swv(this.GetPrimaryKeyString());

    protected override bool InRegister => Data.Referentiedata.Samenwerkingsverbanden.Any(s => s.Code == this.GetPrimaryKeyString());
}

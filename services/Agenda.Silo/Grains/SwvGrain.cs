using Ontwikkelagenda.Agenda.Silo.EventStore;
using Ontwikkelagenda.Agenda.Silo.Referentie;
using Ontwikkelagenda.Contracts.Grains;

namespace Ontwikkelagenda.Agenda.Silo.Grains;

/// <summary>A samenwerkingsverband: the cases of its schools' pupils, per 1,000 pupils of those schools.</summary>
public sealed class SwvGrain(IEventStore eventStore, Referentiedata referentiedata)
    : ThuiszitterScopeGrain(eventStore), ISwvGrain
{
    protected override EventScope Scope => EventScope.Swv(this.GetPrimaryKeyString());

    protected override int? Noemer => referentiedata.LeerlingenVanSwv(this.GetPrimaryKeyString());

    protected override bool InRegister => referentiedata.LeerlingenVanSwv(this.GetPrimaryKeyString()) is not null;
}

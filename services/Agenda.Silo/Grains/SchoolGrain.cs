using Ontwikkelagenda.Agenda.Silo.EventStore;
using Ontwikkelagenda.Agenda.Silo.Referentie;
using Ontwikkelagenda.Contracts.Grains;

namespace Ontwikkelagenda.Agenda.Silo.Grains;

/// <summary>A school by BRIN: the cases of its enrolled pupils, per 1,000 pupils.</summary>
public sealed class SchoolGrain(IEventStore eventStore, Referentiedata referentiedata)
    : ThuiszitterScopeGrain(eventStore), ISchoolGrain
{
    protected override EventScope Scope => EventScope.School(this.GetPrimaryKeyString());

    protected override int? Noemer => referentiedata.LeerlingenVan(this.GetPrimaryKeyString());

    protected override bool InRegister => referentiedata.School(this.GetPrimaryKeyString()) is not null;
}

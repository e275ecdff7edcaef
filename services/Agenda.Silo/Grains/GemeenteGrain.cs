using Ontwikkelagenda.Agenda.Silo.EventStore;
using Ontwikkelagenda.Agenda.Silo.Referentie;
using Ontwikkelagenda.Contracts.Grains;

namespace Ontwikkelagenda.Agenda.Silo.Grains;

/// <summary>A municipality by CBS code: the cases of its residents, per 1,000 young people aged 5-17.</summary>
public sealed class GemeenteGrain(IEventStore eventStore, Referentiedata referentiedata)
    : ThuiszitterScopeGrain(eventStore), IGemeenteGrain
{
    protected override EventScope Scope => EventScope.Gemeente(this.GetPrimaryKeyString());

    protected override int? Noemer => referentiedata.JongerenIn(this.GetPrimaryKeyString());
}

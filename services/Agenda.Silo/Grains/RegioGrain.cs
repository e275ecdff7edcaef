using Ontwikkelagenda.Agenda.Silo.EventStore;
using Ontwikkelagenda.Agenda.Silo.Referentie;
using Ontwikkelagenda.Contracts.Grains;

namespace Ontwikkelagenda.Agenda.Silo.Grains;

/// <summary>Region 22.01: every case of its four municipalities, per 1,000 of their young people aged 5-17.</summary>
public sealed class RegioGrain(IEventStore eventStore, Referentiedata referentiedata)
    : ThuiszitterScopeGrain(eventStore), IRegioGrain
{
    protected override EventScope Scope => EventScope.Regio(this.GetPrimaryKeyString());

    protected override int? Noemer => referentiedata.JongerenInRegio;
}

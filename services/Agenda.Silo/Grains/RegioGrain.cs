using Ontwikkelagenda.Agenda.Domein;
using Ontwikkelagenda.Agenda.Domein.Data;
using Ontwikkelagenda.Agenda.Domein.Kpis;
using Ontwikkelagenda.Agenda.Silo.EventStore;
using Ontwikkelagenda.Contracts.Grains;
using Ontwikkelagenda.Contracts.Kpis;

namespace Ontwikkelagenda.Agenda.Silo.Grains;

/// <summary>Region 22.01: everything of its four municipalities, the procurement comparison, and the partners' goal reports.</summary>
public sealed class RegioGrain(IEventStore eventStore, DomeinData data) : ScopeGrain(eventStore, data), IRegioGrain
{
    protected override Scope Scope => Scope.Regio(this.GetPrimaryKeyString());

    protected override bool InRegister => this.GetPrimaryKeyString() == IRegioGrain.Key;

    public Task<InkoopVergelijking> GetInkoopVergelijking(DateOnly peildatum) =>
        Task.FromResult(InkoopVergelijkingCalculator.Bereken(Feiten, Data, peildatum));

    public Task<IReadOnlyList<Voortgangsrapport>> GetVoortgangsrapporten() =>
        Task.FromResult<IReadOnlyList<Voortgangsrapport>>([.. Feiten.Voortgangsrapporten]);

    // Its own reports: a call to itself would wait for its own turn.
    protected override Task<IReadOnlyList<Voortgangsrapport>> RegioRapporten() => GetVoortgangsrapporten();
}

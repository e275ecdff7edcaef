using Agenda.Domein;
using Agenda.Domein.Data;
using Agenda.Domein.Kpis;
using Agenda.Silo.EventStore;
using Agenda.Contracts.Grains;
using Ontwikkelagenda.Contracts.Inkoop;
using Ontwikkelagenda.Contracts.Kpis;

namespace Agenda.Silo.Grains;

/// <summary>Region 22.01: everything of its four municipalities, the procurement comparison, and the partners' goal reports.</summary>
public sealed class RegioGrain(IEventStore eventStore, DomeinData data, TimeProvider time) : ScopeGrain(eventStore, data, time), IRegioGrain
{
    protected override Scope Scope => Scope.Regio(this.GetPrimaryKeyString());

    protected override bool InRegister => this.GetPrimaryKeyString() == IRegioGrain.Key;

    public async Task<InkoopVergelijking> GetInkoopVergelijking(DateOnly peildatum)
    {
        await CatchUp();
        return InkoopVergelijkingCalculator.Bereken(Feiten, Data, peildatum);
    }

    public async Task<IReadOnlyList<Voortgangsrapport>> GetVoortgangsrapporten()
    {
        await CatchUp();
        return [.. Feiten.Voortgangsrapporten];
    }

    // Its own reports, already caught up by GetKpis: a call to itself would wait for its own turn.
    protected override Task<IReadOnlyList<Voortgangsrapport>> RegioRapporten() =>
        Task.FromResult<IReadOnlyList<Voortgangsrapport>>([.. Feiten.Voortgangsrapporten]);
}

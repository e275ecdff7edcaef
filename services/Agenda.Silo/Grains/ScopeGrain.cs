using Ontwikkelagenda.Agenda.Domein;
using Ontwikkelagenda.Agenda.Domein.Data;
using Ontwikkelagenda.Agenda.Domein.Feiten;
using Ontwikkelagenda.Agenda.Domein.Kpis;
using Ontwikkelagenda.Agenda.Silo.EventStore;
using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Grains;
using Ontwikkelagenda.Contracts.Kpis;

namespace Ontwikkelagenda.Agenda.Silo.Grains;

/// <summary>
/// What the school, SWV, municipality and region grains share. The event store is the truth: on
/// activation the grain applies every stored event of its scope, so its state survives restarts and
/// an event stored just before a crash still reaches it. Applies are idempotent by event id.
/// </summary>
public abstract class ScopeGrain(IEventStore eventStore, DomeinData data) : Grain, IScopeGrain
{
    protected ScopeFeiten Feiten { get; } = new();

    protected DomeinData Data => data;

    protected abstract Scope Scope { get; }

    /// <summary>False for a school or SWV outside the register: nothing counts there, whoever asks.</summary>
    protected virtual bool InRegister => true;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (InRegister)
        {
            foreach (var stored in await eventStore.Read(Scope, cancellationToken))
            {
                Feiten.Apply(stored);
            }
        }
        await base.OnActivateAsync(cancellationToken);
    }

    public async Task Apply(IAgendaEvent agendaEvent)
    {
        if (!InRegister) return;
        if (agendaEvent is IEntiteitEvent { EntiteitId: var entiteitId } && !Feiten.Kent(entiteitId))
        {
            // First news of this entity here (a transfer or correction that brings it to this scope, or a
            // new entity): its whole history counts, not only this event.
            foreach (var eerder in await eventStore.ReadEntiteit(entiteitId))
            {
                Feiten.Apply(eerder);
            }
        }
        Feiten.Apply(agendaEvent);
    }

    public async Task<ScopeKpis> GetKpis(DateOnly peildatum) =>
        ScopeKpiCalculator.Bereken(Scope, Feiten, data, await RegioRapporten(), peildatum);

    /// <summary>The partners' goal reports: the region holds them.</summary>
    protected virtual Task<IReadOnlyList<Voortgangsrapport>> RegioRapporten() =>
        GrainFactory.GetGrain<IRegioGrain>(IRegioGrain.Key).GetVoortgangsrapporten();
}

using Agenda.Domein;
using Agenda.Domein.Data;
using Agenda.Domein.Feiten;
using Agenda.Domein.Kpis;
using Agenda.Silo.EventStore;
using Ontwikkelagenda.Contracts.Events;
using Agenda.Contracts.Grains;
using Ontwikkelagenda.Contracts.Kpis;

namespace Agenda.Silo.Grains;

/// <summary>
/// What the school, SWV, municipality and region grains share. The event store is the truth: on
/// activation the grain applies every stored event of its scope, so its state survives restarts and
/// an event stored just before a crash still reaches it; before answering, it applies what was stored
/// for its scope since it last looked, so an event whose live apply never reached this activation
/// (it went to the error queue, or to a duplicate activation during a cluster change) still counts.
/// Applies are idempotent by event id.
/// </summary>
public abstract class ScopeGrain(IEventStore eventStore, DomeinData data, TimeProvider time) : Grain, IScopeGrain
{
    /// <summary>
    /// How far back a catch-up looks before the previous one: an event takes its stored_at before its
    /// transaction commits, so a slow commit may become visible after a catch-up that began later.
    /// </summary>
    private static readonly TimeSpan CommitMarge = TimeSpan.FromMinutes(1);

    private DateTimeOffset _bijgewerktVanaf;

    protected ScopeFeiten Feiten { get; } = new();

    protected DomeinData Data => data;

    protected abstract Scope Scope { get; }

    /// <summary>False for a school or SWV outside the register: nothing counts there, whoever asks.</summary>
    protected virtual bool InRegister => true;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (InRegister)
        {
            _bijgewerktVanaf = time.GetUtcNow();
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
        await ApplyWithHistory(agendaEvent);
    }

    /// <summary>Applies what was stored for this scope since the previous look (with the margin for slow commits).</summary>
    protected async Task CatchUp()
    {
        if (!InRegister) return;
        var nu = time.GetUtcNow();
        foreach (var stored in await eventStore.ReadStoredSince(Scope, _bijgewerktVanaf - CommitMarge))
        {
            await ApplyWithHistory(stored);
        }
        _bijgewerktVanaf = nu;
    }

    private async Task ApplyWithHistory(IAgendaEvent agendaEvent)
    {
        var nieuw = false;
        if (agendaEvent is IEntiteitEvent { EntiteitId: var entiteitId } && !Feiten.Kent(entiteitId))
        {
            // First news of this entity here (a transfer or correction that brings it to this scope, or a
            // new entity): its whole history counts, not only this event.
            foreach (var eerder in await eventStore.ReadEntiteit(entiteitId))
            {
                nieuw |= Feiten.Apply(eerder);
            }
        }
        nieuw |= Feiten.Apply(agendaEvent);
        // Who listens hears of it (one-way); a notice lost here is made good by the readers' short cache expiry.
        try { if (nieuw) GrainFactory.GetGrain<IWijzigingenGrain>(IWijzigingenGrain.Key).Gewijzigd(Scope.ToString()).Ignore(); } catch (OrleansException) { }
    }

    public async Task<ScopeCijfers> GetKpis(DateOnly peildatum)
    {
        await CatchUp();
        return ScopeKpiCalculator.Bereken(Scope, Feiten, data, await RegioRapporten(), peildatum);
    }

    /// <summary>The partners' goal reports: the region holds them.</summary>
    protected virtual Task<IReadOnlyList<Voortgangsrapport>> RegioRapporten() =>
        GrainFactory.GetGrain<IRegioGrain>(IRegioGrain.Key).GetVoortgangsrapporten();
}

using Agenda.Contracts.Grains;
using Agenda.Domein;
using Agenda.Domein.Data;
using Agenda.Domein.Feiten;
using Agenda.Domein.Kpis;
using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Kpis;

namespace Agenda.Silo.Grains;

/// <summary>
/// What the school, SWV, municipality and region grains share. The event store is the truth: on activation the grain
/// applies every stored event of its scope, so its state survives restarts and an event stored just before a crash
/// still reaches it. Now and then (<see cref="ScopeGrainOptions.Bijwerkinterval"/>) a read first applies what was stored
/// for its scope since it last looked, so an event whose live apply never reached this activation (it went to the error
/// queue, or to a duplicate activation during a cluster change) still counts; other reads cost no query. Applies are
/// idempotent by event id; each new event steps the version up, answers are cached per peildatum and version
/// (<see cref="ScopeStand"/>), and every new version is told to <see cref="IWijzigingenGrain"/>.
/// </summary>
public abstract class ScopeGrain(ScopeGrainDiensten diensten) : Grain, IScopeGrain
{
    /// <summary>
    /// How far back a catch-up looks before the previous one: an event takes its stored_at before its
    /// transaction commits, so a slow commit may become visible after a catch-up that began later.
    /// </summary>
    private static readonly TimeSpan CommitMarge = TimeSpan.FromMinutes(1);

    private DateTimeOffset _bijgewerktVanaf;
    private long _bijgewerktOp;
    private ScopeStand? _stand;

    protected ScopeStand Stand => _stand ??= new ScopeStand(Scope, Data, eigenRapporten: this is IRegioGrain);

    protected ScopeFeiten Feiten => Stand.Feiten;

    protected DomeinData Data => diensten.Data;

    protected abstract Scope Scope { get; }

    /// <summary>False for a school or SWV outside the register: nothing counts there, whoever asks.</summary>
    protected virtual bool InRegister => true;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (InRegister)
        {
            _bijgewerktVanaf = diensten.Time.GetUtcNow();
            _bijgewerktOp = diensten.Time.GetTimestamp();
            foreach (var stored in await diensten.EventStore.Read(Scope, cancellationToken))
            {
                Stand.Apply(stored);
            }
            await VolgRegioRapporten();
        }
        await base.OnActivateAsync(cancellationToken);
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (InRegister && this is not IRegioGrain)
        {
            // Best effort: a region that keeps telling a gone scope only wakes it up.
            Probeer(() => GrainFactory.GetGrain<IRegioGrain>(IRegioGrain.Key).OntvolgRapporten(this.AsReference<IScopeGrain>()), "ontvolgen");
        }
        await base.OnDeactivateAsync(reason, cancellationToken);
    }

    public async Task Apply(IAgendaEvent agendaEvent, bool eersteVanEntiteit)
    {
        if (!InRegister) return;
        if (await ApplyWithHistory(agendaEvent, eersteVanEntiteit)) NieuweVersie();
    }

    public async Task<ScopeCijfers> GetKpis(DateOnly peildatum)
    {
        await BijwerkenAlsNodig();
        return Stand.Cijfers(peildatum);
    }

    public Task RegioRapportenGewijzigd(RegioRapporten rapporten)
    {
        if (InRegister && Stand.ZetRegioRapporten(rapporten)) NieuweVersie();
        return Task.CompletedTask;
    }

    /// <summary>
    /// Once the interval has passed since the previous look: applies what was stored for this scope since then (with
    /// the margin for slow commits) and follows the region's reports again (the region may have restarted since).
    /// </summary>
    protected async Task BijwerkenAlsNodig()
    {
        if (!InRegister || diensten.Time.GetElapsedTime(_bijgewerktOp) < diensten.Options.Value.Bijwerkinterval) return;
        _bijgewerktOp = diensten.Time.GetTimestamp();
        var nu = diensten.Time.GetUtcNow();
        var nieuw = false;
        foreach (var stored in await diensten.EventStore.ReadStoredSince(Scope, _bijgewerktVanaf - CommitMarge))
        {
            nieuw |= await ApplyWithHistory(stored, eersteVanEntiteit: false);
        }
        _bijgewerktVanaf = nu;
        nieuw |= await VolgRegioRapporten();
        if (nieuw) NieuweVersie();
    }

    /// <summary>The partners' reports (the goals' report status) come from the region, which tells of each change.</summary>
    protected virtual async Task<bool> VolgRegioRapporten() =>
        Stand.ZetRegioRapporten(await GrainFactory.GetGrain<IRegioGrain>(IRegioGrain.Key).VolgRapporten(this.AsReference<IScopeGrain>()));

    /// <summary>The facts changed: whoever shows this scope hears of it.</summary>
    protected virtual void NieuweVersie() =>
        Probeer(() => GrainFactory.GetGrain<IWijzigingenGrain>(IWijzigingenGrain.Key).Gewijzigd(Scope.ToString()), "wijziging melden");

    /// <summary>A one-way call that may fail (no listener yet, a silo going down) without failing the apply that made it.</summary>
    protected void Probeer(Func<Task> eenRichting, string wat)
    {
        try
        {
            eenRichting().Ignore();
        }
        catch (Exception e)
        {
            diensten.Logger.LogDebug(e, "Scope {Scope}: {Wat} lukte niet.", Scope, wat);
        }
    }

    /// <summary>True when anything was new to this scope.</summary>
    private async Task<bool> ApplyWithHistory(IAgendaEvent agendaEvent, bool eersteVanEntiteit)
    {
        var nieuw = false;
        if (!eersteVanEntiteit && agendaEvent is IEntiteitEvent { EntiteitId: var entiteitId } && !Feiten.Kent(entiteitId))
        {
            // First news here of an entity that existed before (a transfer or correction that brings it to this
            // scope, or an earlier event that never reached this activation): its whole history counts. A new
            // entity's first event needs no query: every scope grain would run it, the region's in its one turn.
            foreach (var eerder in await diensten.EventStore.ReadEntiteit(entiteitId))
            {
                nieuw |= Stand.Apply(eerder);
            }
        }
        return Stand.Apply(agendaEvent) | nieuw;
    }
}

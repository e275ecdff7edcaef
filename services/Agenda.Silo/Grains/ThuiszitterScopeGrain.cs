using Ontwikkelagenda.Agenda.Silo.EventStore;
using Ontwikkelagenda.Agenda.Silo.Kpis;
using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Grains;
using Ontwikkelagenda.Contracts.Kpis;
using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.Agenda.Silo.Grains;

/// <summary>
/// What the school, SWV, municipality and region grains share. The event store is the truth: on
/// activation the grain applies every stored event of its scope, so its state survives restarts and
/// an event stored just before a crash still reaches it. Applies are idempotent by event id.
/// </summary>
public abstract class ThuiszitterScopeGrain(IEventStore eventStore) : Grain, IThuiszitterScopeGrain
{
    private readonly ThuiszitterScopeState _state = new();

    protected abstract EventScope Scope { get; }

    /// <summary>The per-1,000 denominator: young people 5-17 or pupils; null when unknown.</summary>
    protected abstract int? Noemer { get; }

    /// <summary>False for a school or SWV outside the register: cases never count there, whoever asks.</summary>
    protected virtual bool InRegister => true;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!InRegister) return;
        foreach (var stored in await eventStore.Read(Scope, cancellationToken))
        {
            _state.Apply(stored);
        }
        await base.OnActivateAsync(cancellationToken);
    }

    public Task ApplyGemeld(ThuiszitterGemeld gemeld)
    {
        if (InRegister) _state.Apply(gemeld);
        return Task.CompletedTask;
    }

    public Task ApplyBeeindigd(ThuiszitterBeeindigd beeindigd)
    {
        if (InRegister) _state.Apply(beeindigd);
        return Task.CompletedTask;
    }

    public Task<ThuiszitterKpis> GetThuiszitterKpis(DateOnly peildatum) =>
        Task.FromResult(ThuiszitterKpiCalculator.Calculate(_state.Zaken, peildatum, Noemer));

    public Task<ThuiszitterKpis> GetThuiszitterKpisPerSoort(DateOnly peildatum, SoortVerzuim soort) =>
        Task.FromResult(ThuiszitterKpiCalculator.Calculate(_state.Zaken, peildatum, Noemer, soort));
}

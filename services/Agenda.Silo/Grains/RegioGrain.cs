using Agenda.Contracts.Grains;
using Agenda.Domein;
using Agenda.Domein.Kpis;
using Ontwikkelagenda.Contracts.Inkoop;
using Ontwikkelagenda.Contracts.Kpis;

namespace Agenda.Silo.Grains;

/// <summary>
/// Region 22.01: everything of its four municipalities, the procurement comparison, and the partners' goal reports,
/// which it tells to every scope that follows them as soon as they change.
/// </summary>
public sealed class RegioGrain(ScopeGrainDiensten diensten) : ScopeGrain(diensten), IRegioGrain
{
    private readonly HashSet<IScopeGrain> _volgers = [];
    private IReadOnlyList<Voortgangsrapport>? _verteld;

    protected override Scope Scope => Scope.Regio(this.GetPrimaryKeyString());

    protected override bool InRegister => this.GetPrimaryKeyString() == IRegioGrain.Key;

    public async Task<InkoopVergelijking> GetInkoopVergelijking(DateOnly peildatum)
    {
        await BijwerkenAlsNodig();
        return InkoopVergelijkingCalculator.Bereken(Feiten, Data, peildatum);
    }

    public async Task<IReadOnlyList<Voortgangsrapport>> GetVoortgangsrapporten()
    {
        await BijwerkenAlsNodig();
        return [.. Feiten.Voortgangsrapporten];
    }

    public async Task<RegioRapporten> VolgRapporten(IScopeGrain volger)
    {
        await BijwerkenAlsNodig();
        _volgers.Add(volger);
        return Rapporten();
    }

    public Task OntvolgRapporten(IScopeGrain volger)
    {
        _volgers.Remove(volger);
        return Task.CompletedTask;
    }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await base.OnActivateAsync(cancellationToken);
        _verteld = Feiten.Voortgangsrapporten;
    }

    // Its own reports are part of its own facts.
    protected override Task<bool> VolgRegioRapporten() => Task.FromResult(false);

    protected override void NieuweVersie()
    {
        base.NieuweVersie();
        // The list is rebuilt only when a report changed.
        if (ReferenceEquals(_verteld, Feiten.Voortgangsrapporten)) return;
        _verteld = Feiten.Voortgangsrapporten;
        var rapporten = Rapporten();
        foreach (var volger in _volgers)
        {
            Probeer(() => volger.RegioRapportenGewijzigd(rapporten), "rapporten doorgeven");
        }
    }

    private RegioRapporten Rapporten() => new(Stand.Versie, [.. Feiten.Voortgangsrapporten]);
}

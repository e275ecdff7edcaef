using Agenda.Domein;
using Agenda.Domein.Data;
using Agenda.Domein.Feiten;
using Agenda.Domein.Kpis;
using BenchmarkDotNet.Attributes;
using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Inkoop;
using Ontwikkelagenda.Contracts.Kpis;
using Ontwikkelagenda.Contracts.Values;

namespace Agenda.Performance;

/// <summary>
/// What the region grain does: rebuild its facts from the store on activation (fold), and answer a KPI or
/// procurement query for one peildatum. The region holds every event, so it is the most expensive scope.
/// </summary>
[MemoryDiagnoser]
public class RegioKpiBenchmarks
{
    private static readonly DateOnly Peildatum = new(2026, 3, 1);
    private readonly Scope _regio = Scope.Regio(RegioGemeenten.Regiocode);
    private DomeinData _data = null!;
    private IReadOnlyList<IAgendaEvent> _events = [];
    private ScopeFeiten _feiten = null!;

    /// <summary>Thuiszitter cases in the history (the region has tens a year; 20,000 is far beyond it).</summary>
    [Params(2_000, 20_000)]
    public int Zaken { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = DomeinData.Load(Path.Combine(AppContext.BaseDirectory, "data"));
        _events = SyntheticAgenda.Events(_data.Referentiedata, Zaken, providers: 40, trajectories: Zaken / 2);
        _feiten = Fold();
    }

    [Benchmark(Description = "activering: alle events vouwen")]
    public ScopeFeiten Fold()
    {
        var feiten = new ScopeFeiten();
        foreach (var agendaEvent in _events) feiten.Apply(agendaEvent);
        return feiten;
    }

    [Benchmark(Description = "alle KPI's op een peildatum")]
    public ScopeCijfers Kpis() => ScopeKpiCalculator.Bereken(_regio, _feiten, _data, _feiten.Voortgangsrapporten, Peildatum);

    [Benchmark(Description = "inkoopvergelijking op een peildatum")]
    public InkoopVergelijking Inkoop() => InkoopVergelijkingCalculator.Bereken(_feiten, _data, Peildatum);
}

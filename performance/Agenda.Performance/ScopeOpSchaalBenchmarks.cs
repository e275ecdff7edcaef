using Agenda.Domein;
using Agenda.Domein.Data;
using Agenda.Domein.Feiten;
using Agenda.Domein.Kpis;
using BenchmarkDotNet.Attributes;
using Ontwikkelagenda.Contracts.Kpis;
using Ontwikkelagenda.Contracts.Values;

namespace Agenda.Performance;

/// <summary>
/// Issue 12 point 5 at national size: one full KPI pass over a scope holding 10,000 thuiszitter cases and 50,000
/// trajectories (more than any one grain holds: the region at national scale has about a fortieth of that), against
/// the read a scope grain now serves from its answer cache while its version is unchanged.
/// </summary>
[MemoryDiagnoser]
public class ScopeOpSchaalBenchmarks
{
    private static readonly DateOnly Peildatum = new(2026, 3, 1);
    private readonly Scope _regio = Scope.Regio(RegioGemeenten.Regiocode);
    private DomeinData _data = null!;
    private ScopeFeiten _feiten = null!;
    private CijferCache _cache = null!;

    [GlobalSetup]
    public void Setup()
    {
        _data = DomeinData.Load(Path.Combine(AppContext.BaseDirectory, "data"));
        _feiten = new ScopeFeiten();
        foreach (var agendaEvent in SyntheticAgenda.Events(_data.Referentiedata, cases: 10_000, providers: 40, trajectories: 50_000))
            _feiten.Apply(agendaEvent);
        _cache = new CijferCache();
        Gecached();
    }

    [Benchmark(Baseline = true, Description = "alle KPI's: volledige berekening (10.000 zaken, 50.000 trajecten)")]
    public ScopeCijfers Volledig() => ScopeKpiCalculator.Bereken(_regio, _feiten, _data, [], Peildatum);

    [Benchmark(Description = "alle KPI's: uit de cache van de grain (versie ongewijzigd)")]
    public ScopeCijfers Gecached() => _cache.Geef(Peildatum, versie: 1, rapportenVersie: 0, () => Volledig());
}

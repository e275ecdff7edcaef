using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Kpis;
using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.Contracts.Grains;

/// <summary>
/// A scope that holds the thuiszitter cases it concerns and computes their KPIs for any peildatum.
/// Applying an event twice is a no-op (events are recognised by their id).
/// </summary>
public interface IThuiszitterScopeGrain : IGrainWithStringKey
{
    Task ApplyGemeld(ThuiszitterGemeld gemeld);
    Task ApplyBeeindigd(ThuiszitterBeeindigd beeindigd);
    Task<ThuiszitterKpis> GetThuiszitterKpis(DateOnly peildatum);

    /// <summary>The same figures for one kind of case only: domain.md gives every figure per kind too.</summary>
    Task<ThuiszitterKpis> GetThuiszitterKpisPerSoort(DateOnly peildatum, SoortVerzuim soort);
}

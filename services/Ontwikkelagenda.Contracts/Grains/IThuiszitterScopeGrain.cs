using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Kpis;

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
}

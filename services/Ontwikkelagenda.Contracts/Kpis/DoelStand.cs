using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.Contracts.Kpis;

/// <summary>
/// A goal's standing at a peildatum in one scope: its KPI value against target and bounds (when the goal has a
/// KPI) and, side by side, the latest partner report on or before the peildatum (reports are regional).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record DoelStand(
    [property: Id(0)] int Nummer,
    [property: Id(1)] string Titel,
    [property: Id(2)] string? Kpi,
    [property: Id(3)] decimal? KpiWaarde,
    [property: Id(4)] decimal? Streefwaarde,
    [property: Id(5)] DoelStatus? KpiStatus,
    [property: Id(6)] DoelStatus? RapportStatus,
    [property: Id(7)] DateOnly? RapportDatum);

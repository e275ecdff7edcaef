using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.Contracts.Kpis;

/// <summary>
/// A goal's standing at a peildatum in one scope: its KPI value against target and bounds (when the goal has a
/// KPI) and, side by side, the latest partner report on or before the peildatum (reports are regional).
/// </summary>
public sealed record DoelStand(
    int Nummer,
    string Titel,
    string? Kpi,
    decimal? KpiWaarde,
    decimal? Streefwaarde,
    DoelStatus? KpiStatus,
    DoelStatus? RapportStatus,
    DateOnly? RapportDatum);

namespace Agenda.Api.Client;

/// <summary>
/// A goal at a peildatum in one scope: its KPI value against target (<paramref name="KpiStatus"/>, when the goal has
/// a KPI) and, side by side, the status of the latest partner report on or before the peildatum.
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

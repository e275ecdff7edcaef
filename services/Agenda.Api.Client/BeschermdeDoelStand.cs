using Ontwikkelagenda.Contracts.Values;

namespace Agenda.Api.Client;

/// <summary>
/// A goal's standing at a peildatum as Agenda.Api gives it to this caller. <paramref name="KpiStatus"/> is null when the
/// KPI value is withheld: the status bounds would narrow a withheld count down (aandacht nodig at 1 or 2, achter above).
/// </summary>
public sealed record BeschermdeDoelStand(
    int Nummer,
    string Titel,
    string? Kpi,
    Cijfer KpiWaarde,
    decimal? Streefwaarde,
    DoelStatus? KpiStatus,
    DoelStatus? RapportStatus,
    DateOnly? RapportDatum);

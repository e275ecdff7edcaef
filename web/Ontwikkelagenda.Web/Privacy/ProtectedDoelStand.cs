using Agenda.Api.Client;
using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.Web.Privacy;

/// <summary>
/// A goal at a peildatum after suppression. <paramref name="KpiStatus"/> is null also when the KPI value is withheld:
/// the status bounds would narrow a withheld count down (aandacht nodig at 1 or 2, achter above).
/// </summary>
public sealed record ProtectedDoelStand(
    int Nummer,
    string Titel,
    string? Kpi,
    Cijfer KpiWaarde,
    decimal? Streefwaarde,
    DoelStatus? KpiStatus,
    DoelStatus? RapportStatus,
    DateOnly? RapportDatum);

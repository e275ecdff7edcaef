using Ontwikkelagenda.Contracts.Kpis;

namespace Agenda.Api.Client;

/// <summary>
/// GET /v1/doelen/{nummer}/historie: every partner report on the goal (corrected and withdrawn ones flagged) and the
/// goal's KPI at each month end from <paramref name="Van"/> to <paramref name="Tot"/> at one level.
/// </summary>
public sealed record DoelHistorie(
    int Nummer,
    string Titel,
    string? Kpi,
    string Niveau,
    string Code,
    DateOnly Van,
    DateOnly Tot,
    IReadOnlyList<Voortgangsrapport> Rapporten,
    IReadOnlyList<KpiMeting> Metingen);

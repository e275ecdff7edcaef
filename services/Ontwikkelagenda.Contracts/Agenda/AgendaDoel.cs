namespace Ontwikkelagenda.Contracts.Agenda;

/// <summary>
/// One goal of the Ontwikkelagenda: number, title, owners, and for a quantitative goal the KPI that measures
/// it (a key such as <c>thuiszitters.langerDanDrieMaanden</c>), its target and status bounds.
/// </summary>
public sealed record AgendaDoel(
    int Nummer,
    string Titel,
    string Omschrijving,
    IReadOnlyList<string> Eigenaren,
    string? Kpi,
    decimal? Streefwaarde,
    Statusgrenzen? Grenzen);

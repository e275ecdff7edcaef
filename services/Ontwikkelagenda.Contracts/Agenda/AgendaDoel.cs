namespace Ontwikkelagenda.Contracts.Agenda;

/// <summary>
/// One goal of the Ontwikkelagenda: number, title, owners, and for a quantitative goal the KPI that measures
/// it (a key such as <c>thuiszitters.langerDanDrieMaanden</c>), its target and status bounds.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AgendaDoel(
    [property: Id(0)] int Nummer,
    [property: Id(1)] string Titel,
    [property: Id(2)] string Omschrijving,
    [property: Id(3)] IReadOnlyList<string> Eigenaren,
    [property: Id(4)] string? Kpi,
    [property: Id(5)] decimal? Streefwaarde,
    [property: Id(6)] StatusGrenzen? Grenzen);

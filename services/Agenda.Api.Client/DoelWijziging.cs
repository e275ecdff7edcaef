using Ontwikkelagenda.Contracts.Kpis;
using Ontwikkelagenda.Contracts.Values;

namespace Agenda.Api.Client;

/// <summary>
/// One goal between two dates: its regional KPI value and status at both, the difference (tot minus van, withheld with either end), the
/// latest report status at both, and the partner reports dated after van up to and including tot.
/// </summary>
public sealed record DoelWijziging(
    int Nummer,
    string Titel,
    string? Kpi,
    Cijfer WaardeVan,
    Cijfer WaardeTot,
    Cijfer Verschil,
    DoelStatus? StatusVan,
    DoelStatus? StatusTot,
    DoelStatus? RapportStatusVan,
    DoelStatus? RapportStatusTot,
    IReadOnlyList<Voortgangsrapport> Rapporten);

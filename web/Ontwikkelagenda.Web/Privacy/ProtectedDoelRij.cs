using Agenda.Api.Client;
namespace Ontwikkelagenda.Web.Privacy;

/// <summary>A goal of the agenda with its protected figures per municipality (in the overview's order) and for the region.</summary>
public sealed record ProtectedDoelRij(
    int Nummer,
    string Titel,
    string? Kpi,
    decimal? Streefwaarde,
    DoelKpiSoort Soort,
    IReadOnlyList<ProtectedDoelCel> Gemeenten,
    ProtectedDoelCel Regio);

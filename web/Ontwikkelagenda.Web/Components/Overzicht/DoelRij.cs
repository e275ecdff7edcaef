using Agenda.Api.Client;

namespace Ontwikkelagenda.Web.Components.Overzicht;

/// <summary>A goal of the agenda with its figures per municipality (in the overview's order) and for the region.</summary>
public sealed record DoelRij(
    int Nummer,
    string Titel,
    string? Kpi,
    decimal? Streefwaarde,
    DoelKpiSoort Soort,
    IReadOnlyList<DoelCelWaarde> Gemeenten,
    DoelCelWaarde Regio);

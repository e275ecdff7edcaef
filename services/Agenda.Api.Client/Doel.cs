using Ontwikkelagenda.Contracts.Agenda;
using Ontwikkelagenda.Contracts.Kpis;

namespace Agenda.Api.Client;

/// <summary>A goal of the agenda version in force, with its regional standing at the peildatum.</summary>
public sealed record Doel(
    int Nummer,
    string Titel,
    string Omschrijving,
    IReadOnlyList<string> Eigenaren,
    string? Kpi,
    decimal? Streefwaarde,
    Statusgrenzen? Grenzen,
    DoelStand Stand);

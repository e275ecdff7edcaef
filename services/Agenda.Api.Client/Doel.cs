using Ontwikkelagenda.Contracts.Agenda;

namespace Agenda.Api.Client;

/// <summary>A goal of the agenda version in force, with its regional standing at the peildatum, protected (nobody has case rights for the whole region).</summary>
public sealed record Doel(
    int Nummer,
    string Titel,
    string Omschrijving,
    IReadOnlyList<string> Eigenaren,
    string? Kpi,
    decimal? Streefwaarde,
    Statusgrenzen? Grenzen,
    BeschermdeDoelStand Stand);

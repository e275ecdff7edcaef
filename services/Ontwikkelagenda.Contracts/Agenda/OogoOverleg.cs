namespace Ontwikkelagenda.Contracts.Agenda;

/// <summary>An OOGO meeting, dated, so that "what changed since the last OOGO" has an answer.</summary>
public sealed record OogoOverleg(
    DateOnly Datum,
    string Omschrijving);

namespace Ontwikkelagenda.Contracts.Agenda;

/// <summary>An OOGO meeting, dated, so that "what changed since the last OOGO" has an answer.</summary>
[GenerateSerializer, Immutable]
public sealed record OogoOverleg(
    [property: Id(0)] DateOnly Datum,
    [property: Id(1)] string Omschrijving);

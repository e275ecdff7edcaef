namespace Agenda.Api.Client;

/// <summary>A dated OOGO meeting.</summary>
public sealed record OogoOverleg(DateOnly Datum, string Omschrijving);

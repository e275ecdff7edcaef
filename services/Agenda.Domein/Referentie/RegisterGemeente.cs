namespace Agenda.Domein.Referentie;

/// <summary>A municipality in the register; its counts live in the tellingen per school year.</summary>
public sealed record RegisterGemeente(string Code, string Naam);

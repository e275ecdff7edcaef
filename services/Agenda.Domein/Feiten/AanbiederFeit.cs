namespace Agenda.Domein.Feiten;

/// <summary>A provider in the procurement register, under its (corrected) name.</summary>
public sealed record AanbiederFeit(Guid AanbiederId, string Naam, string? KvkNummer);

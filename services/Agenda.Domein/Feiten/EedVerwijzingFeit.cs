namespace Agenda.Domein.Feiten;

/// <summary>An EED referral and, once known, its treatment start.</summary>
public sealed record EedVerwijzingFeit(Guid VerwijzingId, string Brin, DateOnly Verwijsdatum, DateOnly? Behandelstart);

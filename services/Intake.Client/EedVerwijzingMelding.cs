namespace Intake.Client;

/// <summary><c>POST /v1/eed-verwijzingen</c>: a referral for dyslexia care with a pseudonymous reference.</summary>
public sealed record EedVerwijzingMelding(Guid MeldingId, string? Referentie, string? Brin, DateOnly? Verwijsdatum);

namespace Intake.Client;

/// <summary><c>POST /v1/eed-verwijzingen/{id}/behandelstart</c>: the first day of treatment.</summary>
public sealed record EedBehandelstart(Guid MeldingId, DateOnly? Startdatum);

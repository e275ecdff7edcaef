namespace Intake.Client;

/// <summary><c>POST /v1/complexe-casussen/{id}/afsluiting</c>: the first day the case is no longer open.</summary>
public sealed record CasusAfsluiting(Guid MeldingId, DateOnly? Einddatum);

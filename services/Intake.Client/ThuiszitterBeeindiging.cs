namespace Intake.Client;

/// <summary><c>POST /v1/thuiszitters/{id}/beeindiging</c>. <c>uitkomst</c>: terug-naar-school, passend-onderwijsaanbod, zorgaanbod, vrijstelling or verhuisd.</summary>
public sealed record ThuiszitterBeeindiging(Guid MeldingId, DateOnly? Einddatum, string? Uitkomst);

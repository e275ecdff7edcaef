namespace Intake.Client;

/// <summary><c>POST /v1/complexe-casussen/{id}/casusregisseur</c>: (a new) casusregisseur by role and organisation, never by name.</summary>
public sealed record CasusregisseurToewijzing(Guid MeldingId, string? Rol, string? Organisatie, DateOnly? Datum);

namespace Intake.Client;

/// <summary><c>POST /v1/voortgangsrapportages</c>: an OOGO partner's report on a goal. <c>status</c>: op-koers, aandacht-nodig or achter.</summary>
public sealed record Voortgangsrapportage(
    Guid MeldingId,
    int? Doel,
    string? Status,
    string? Toelichting,
    DateOnly? Datum,
    string? Organisatie,
    string? NaamRapporteur,
    string? RolRapporteur);

namespace Intake.Client;

/// <summary><c>POST /v1/complexe-casussen</c>: a complex case; the casusregisseur named by role and organisation, never by name.</summary>
public sealed record ComplexeCasusMelding(
    Guid MeldingId,
    string? Referentie,
    string? Gemeente,
    DateOnly? Startdatum,
    string? Brin,
    Guid? ThuiszitterZaakId,
    Casusregisseur? Casusregisseur);

namespace Intake.Client;

/// <summary>
/// <c>POST /v1/thuiszitters</c>. Values a form may leave empty are nullable: the service names every missing field.
/// <c>soortVerzuim</c>: absoluut or langdurig-relatief; <c>brin</c> required for langdurig-relatief, empty for absoluut.
/// </summary>
public sealed record ThuiszitterMelding(
    Guid MeldingId,
    string? CasusReferentie,
    string? Gemeente,
    string? Brin,
    string? SoortVerzuim,
    DateOnly? Startdatum);

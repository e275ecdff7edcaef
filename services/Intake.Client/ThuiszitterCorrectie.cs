namespace Intake.Client;

/// <summary>
/// <c>POST /v1/thuiszitters/{id}/correcties</c>: the corrected melding's values in full. For a report
/// casusReferentie, gemeente, brin, soortVerzuim, startdatum; for a closing einddatum, uitkomst; for a transfer
/// naarGemeente, overdrachtsdatum. Null values are left out of the JSON.
/// </summary>
public sealed record ThuiszitterCorrectie(
    Guid MeldingId,
    Guid GecorrigeerdeMeldingId,
    string? CasusReferentie = null,
    string? Gemeente = null,
    string? Brin = null,
    string? SoortVerzuim = null,
    DateOnly? Startdatum = null,
    DateOnly? Einddatum = null,
    string? Uitkomst = null,
    string? NaarGemeente = null,
    DateOnly? Overdrachtsdatum = null);

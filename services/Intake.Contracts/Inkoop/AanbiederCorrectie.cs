using Intake.Contracts.Regels;

namespace Intake.Contracts.Inkoop;

/// <summary>Corrects a provider's registration (POST /v1/aanbieders/{id}/correcties): all its fields again, validated as new.</summary>
/// <param name="MeldingId">The correction's own id (UUID).</param>
/// <param name="GecorrigeerdeMeldingId">The meldingId of the registration (or its latest correction) this replaces.</param>
/// <param name="Naam">The corrected name, at most 200 characters.</param>
/// <param name="KvkNummer">The corrected KvK number, exactly eight digits, when known.</param>
public sealed record AanbiederCorrectie(
    [property: MeldingId] Guid? MeldingId,
    [property: Uuid(AanbiederCorrectie.GecorrigeerdeReden)] Guid? GecorrigeerdeMeldingId,
    [property: VrijeTekst(AanbiederRegistratie.MaxNaamLengte)] string? Naam,
    [property: KvkNummer(Verplicht = false)] string? KvkNummer)
{
    public const string GecorrigeerdeReden = "Het veld gecorrigeerdeMeldingId is de meldingId (UUID) van de registratie of haar laatste correctie.";
}

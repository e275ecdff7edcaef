using System.ComponentModel;

namespace Intake.Contracts.Leerplicht;

/// <summary>
/// The body of <c>POST /v1/thuiszitters/{id}/correcties</c>: the meldingId of the melding to correct and its corrected
/// values. Which values depends on what is corrected, so the intake reads them by the rules of that melding's record
/// (<see cref="ThuiszitterMelding"/>, <see cref="ThuiszitterBeeindiging"/>, <see cref="ThuiszitterOverdracht"/>).
/// </summary>
[Description("Correctie van een eerdere melding van de zaak: geef de gecorrigeerde waarden van die melding. Voor een melding: casusReferentie, gemeente, brin, soortVerzuim, startdatum; voor een beëindiging: einddatum, uitkomst; voor een overdracht: naarGemeente, overdrachtsdatum.")]
public sealed record ThuiszitterCorrectie(
    [property: Description("Door de afzender gekozen UUID voor deze correctie; dezelfde meldingId opnieuw verandert niets en krijgt hetzelfde antwoord.")]
    Guid MeldingId,
    [property: Description("De meldingId van de melding die wordt gecorrigeerd: de melding, beëindiging of overdracht van deze zaak. Is die al gecorrigeerd, noem dan de nieuwste correctie.")]
    Guid GecorrigeerdeMeldingId,
    [property: Description("Bij correctie van een melding.")]
    string? CasusReferentie = null,
    [property: Description("Bij correctie van een melding: de woongemeente bij de melding.")]
    string? Gemeente = null,
    [property: Description("Bij correctie van een melding.")]
    string? Brin = null,
    [property: Description("Bij correctie van een melding: absoluut of langdurig-relatief.")]
    string? SoortVerzuim = null,
    [property: Description("Bij correctie van een melding; niet na de einddatum of een overdracht.")]
    DateOnly? Startdatum = null,
    [property: Description("Bij correctie van een beëindiging.")]
    DateOnly? Einddatum = null,
    [property: Description("Bij correctie van een beëindiging: terug-naar-school, passend-onderwijsaanbod, zorgaanbod, vrijstelling of verhuisd.")]
    string? Uitkomst = null,
    [property: Description("Bij correctie van een overdracht.")]
    string? NaarGemeente = null,
    [property: Description("Bij correctie van een overdracht.")]
    DateOnly? Overdrachtsdatum = null);

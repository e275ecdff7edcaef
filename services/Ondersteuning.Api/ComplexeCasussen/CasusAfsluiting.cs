using System.ComponentModel;

namespace Ondersteuning.Api.ComplexeCasussen;

/// <summary>The body of <c>POST /v1/complexe-casussen/{id}/afsluiting</c>, for the OpenAPI document.</summary>
[Description("Afsluiting van een complexe casus.")]
public sealed record CasusAfsluiting(
    [property: Description("Door de afzender gekozen UUID; dezelfde meldingId opnieuw verandert niets en krijgt hetzelfde antwoord.")]
    Guid MeldingId,
    [property: Description("Eerste dag waarop de casus niet meer open is: na de startdatum, niet in de toekomst.")]
    DateOnly Einddatum);

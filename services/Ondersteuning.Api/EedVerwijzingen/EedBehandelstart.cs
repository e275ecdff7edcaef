using System.ComponentModel;

namespace Ondersteuning.Api.EedVerwijzingen;

/// <summary>The body of <c>POST /v1/eed-verwijzingen/{id}/behandelstart</c>, for the OpenAPI document.</summary>
[Description("Start van de behandeling van een EED-verwijzing.")]
public sealed record EedBehandelstart(
    [property: Description("Door de afzender gekozen UUID; dezelfde meldingId opnieuw verandert niets en krijgt hetzelfde antwoord.")]
    Guid MeldingId,
    [property: Description("Eerste behandeldag: op of na de verwijsdatum, niet in de toekomst.")]
    DateOnly Startdatum);

using System.ComponentModel;

namespace Ondersteuning.Api.Trajecten;

/// <summary>The body of <c>POST /v1/trajecten/{id}/beeindiging</c>, for the OpenAPI document.</summary>
[Description("Beëindiging van een traject.")]
public sealed record TrajectBeeindiging(
    [property: Description("Door de afzender gekozen UUID; dezelfde meldingId opnieuw verandert niets en krijgt hetzelfde antwoord.")]
    Guid MeldingId,
    [property: Description("Eerste dag waarop het traject niet meer loopt: na de startdatum, niet in de toekomst.")]
    DateOnly Einddatum);

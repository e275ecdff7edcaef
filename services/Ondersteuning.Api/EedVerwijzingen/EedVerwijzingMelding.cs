using System.ComponentModel;

namespace Ondersteuning.Api.EedVerwijzingen;

/// <summary>The body of <c>POST /v1/eed-verwijzingen</c>, for the OpenAPI document.</summary>
[Description("Verwijzing van een leerling voor EED-dyslexiezorg, alleen met een pseudonieme referentie. Andere velden worden geweigerd.")]
public sealed record EedVerwijzingMelding(
    [property: Description("Door de afzender gekozen UUID; dezelfde meldingId opnieuw verandert niets en krijgt hetzelfde antwoord.")]
    Guid MeldingId,
    [property: Description("Pseudoniem van de school: 3 tot 40 letters, cijfers en -_./, minstens één cijfer, nooit een BSN.")]
    string Referentie,
    [property: Description("BRIN-nummer van de school; moet in het register van regio 22.01 staan.")]
    string Brin,
    [property: Description("Datum van de verwijzing (Europe/Amsterdam); niet in de toekomst.")]
    DateOnly Verwijsdatum);

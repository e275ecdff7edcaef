using System.ComponentModel;

namespace Ondersteuning.Api.ComplexeCasussen;

/// <summary>The body of <c>POST /v1/complexe-casussen</c>, for the OpenAPI document.</summary>
[Description("Melding van een complexe casus door school, SWV of gemeente, met een pseudonieme referentie. Andere velden worden geweigerd.")]
public sealed record ComplexeCasusMelding(
    [property: Description("Door de afzender gekozen UUID; dezelfde meldingId opnieuw verandert niets en krijgt hetzelfde antwoord.")]
    Guid MeldingId,
    [property: Description("Pseudoniem: 3 tot 40 letters, cijfers en -_./, minstens één cijfer, nooit een BSN.")]
    string Referentie,
    [property: Description("CBS-code van de woongemeente: GM1680, GM0106, GM1731 of GM1730.")]
    string Gemeente,
    [property: Description("Eerste dag van de casus (Europe/Amsterdam); niet in de toekomst.")]
    DateOnly Startdatum,
    [property: Description("BRIN-nummer van de school, als die er is; een school buiten de regio mag.")]
    string? Brin = null,
    [property: Description("Id van de thuiszitterszaak (Leerplicht.Api) als de casus die zaak is; dan telt ze één keer.")]
    Guid? ThuiszitterZaakId = null,
    [property: Description("De casusregisseur als die er al is.")]
    CasusregisseurInvoer? Casusregisseur = null);

using System.ComponentModel;
using Intake.Contracts.Regels;

namespace Intake.Contracts.Ondersteuning;

/// <summary>The body of <c>POST /v1/complexe-casussen</c>; its fields' rules are declared here, what depends on stored state is checked by Ondersteuning.Api.</summary>
[Description("Melding van een complexe casus door school, SWV of gemeente, met een pseudonieme referentie. Andere velden worden geweigerd.")]
public sealed record ComplexeCasusMelding(
    [property: MeldingId, Description("Door de afzender gekozen UUID; dezelfde meldingId opnieuw verandert niets en krijgt hetzelfde antwoord.")]
    Guid? MeldingId,
    [property: Referentie, Description("Pseudoniem: 3 tot 40 letters, cijfers en -_./, minstens één cijfer, nooit een BSN.")]
    string? Referentie,
    [property: Gemeente, Description("CBS-code van de woongemeente: GM1680, GM0106, GM1731 of GM1730.")]
    string? Gemeente,
    [property: Datum("De startdatum"), Description("Eerste dag van de casus (Europe/Amsterdam); niet in de toekomst.")]
    DateOnly? Startdatum,
    [property: Brin(Verplicht = false), Description("BRIN-nummer van de school, als die er is; een school buiten de regio mag.")]
    string? Brin,
    [property: Uuid("De thuiszitterZaakId is een UUID, bijvoorbeeld 3f2b8c1e-6d4a-4f0e-9b7a-2c5d8e1f0a3b.", Verplicht = false), Description("Id van de thuiszitterszaak (Leerplicht.Api) als de casus die zaak is; dan telt ze één keer.")]
    Guid? ThuiszitterZaakId,
    [property: Object(Verplicht = false), Description("De casusregisseur als die er al is.")]
    CasusregisseurInvoer? Casusregisseur);

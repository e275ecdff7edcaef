using System.ComponentModel;
using Intake.Contracts.Regels;

namespace Intake.Contracts.Ondersteuning;

/// <summary>The body of <c>POST /v1/eed-verwijzingen</c>; its fields' rules are declared here, what depends on stored state is checked by Ondersteuning.Api.</summary>
[Description("Verwijzing van een leerling voor EED-dyslexiezorg, alleen met een pseudonieme referentie. Andere velden worden geweigerd.")]
public sealed record EedVerwijzingMelding(
    [property: MeldingId, Description("Door de afzender gekozen UUID; dezelfde meldingId opnieuw verandert niets en krijgt hetzelfde antwoord.")]
    Guid? MeldingId,
    [property: Referentie, Description("Pseudoniem van de school: 3 tot 40 letters, cijfers en -_./, minstens één cijfer, nooit een BSN.")]
    string? Referentie,
    [property: Brin, Description("BRIN-nummer van de school; moet in het register van regio 22.01 staan.")]
    string? Brin,
    [property: Datum("De verwijsdatum"), Description("Datum van de verwijzing (Europe/Amsterdam); niet in de toekomst.")]
    DateOnly? Verwijsdatum);

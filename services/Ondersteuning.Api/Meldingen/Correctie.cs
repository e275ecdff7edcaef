using System.ComponentModel;

namespace Ondersteuning.Api.Meldingen;

/// <summary>The body of <c>POST .../{id}/correcties</c>, for the OpenAPI document.</summary>
[Description("Correctie van een eerdere melding: meldingId en gecorrigeerdeMeldingId, plus ALLE velden van de gecorrigeerde melding " +
    "(zonder diens meldingId) met de juiste waarden; die worden gecontroleerd als bij een nieuwe melding. Het gepubliceerde event " +
    "heeft hetzelfde type als het gecorrigeerde, met corrigeert = diens eventId.")]
public sealed record Correctie(
    [property: Description("Door de afzender gekozen UUID van deze correctie; dezelfde meldingId opnieuw geeft hetzelfde antwoord.")]
    Guid MeldingId,
    [property: Description("De meldingId van de melding die deze correctie vervangt: de nieuwste geldende melding (zie meldingen in de GET).")]
    Guid GecorrigeerdeMeldingId);

using System.ComponentModel;

namespace Ondersteuning.Api.Meldingen;

/// <summary>The body of <c>POST .../{id}/intrekkingen</c>, for the OpenAPI document.</summary>
[Description("Intrekking van een eerdere melding; publiceert MeldingIngetrokken. Wie de aanmaakmelding intrekt, trekt de hele resource in " +
    "(daarna 409 op elke nieuwe melding). Een ingetrokken correctie laat de gecorrigeerde melding weer gelden.")]
public sealed record Intrekking(
    [property: Description("Door de afzender gekozen UUID van deze intrekking; dezelfde meldingId opnieuw geeft hetzelfde antwoord.")]
    Guid MeldingId,
    [property: Description("De meldingId van de nieuwste geldende melding die vervalt.")]
    Guid IngetrokkenMeldingId,
    [property: Description("Waarom de melding vervalt, ten hoogste 500 tekens; geen persoonsgegevens.")]
    string Reden);

using System.ComponentModel;
using Intake.Contracts.Regels;

namespace Intake.Contracts.Meldingen;

/// <summary>The body of <c>POST .../{id}/intrekkingen</c> of Inkoop.Api and Ondersteuning.Api.</summary>
[Description("Intrekking van een eerdere melding; publiceert MeldingIngetrokken. Wie de aanmaakmelding intrekt, trekt de hele resource in " +
    "(daarna 409 op elke nieuwe melding). Een ingetrokken correctie laat de gecorrigeerde melding weer gelden.")]
public sealed record Intrekking(
    [property: MeldingId, Description("Door de afzender gekozen UUID van deze intrekking; dezelfde meldingId opnieuw geeft hetzelfde antwoord.")]
    Guid? MeldingId,
    [property: Uuid(Intrekking.IngetrokkenReden), Description("De meldingId van de nieuwste geldende melding die vervalt.")]
    Guid? IngetrokkenMeldingId,
    [property: VrijeTekst(Intrekking.MaxRedenLengte, MeerRegels = true), Description("Waarom de melding vervalt, ten hoogste 500 tekens; geen persoonsgegevens.")]
    string? Reden)
{
    public const int MaxRedenLengte = 500;

    public const string IngetrokkenReden = "Het veld ingetrokkenMeldingId is de meldingId (UUID) van een eerdere melding.";
}

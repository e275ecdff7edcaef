using System.ComponentModel;

namespace Ondersteuning.Api.ComplexeCasussen;

/// <summary>The body of <c>POST /v1/complexe-casussen/{id}/casusregisseur</c>, for the OpenAPI document.</summary>
[Description("Toewijzing van (een nieuwe) casusregisseur, bij rol en organisatie, nooit bij naam.")]
public sealed record CasusregisseurToewijzing(
    [property: Description("Door de afzender gekozen UUID; dezelfde meldingId opnieuw verandert niets en krijgt hetzelfde antwoord.")]
    Guid MeldingId,
    [property: Description("Rol, ten hoogste 100 tekens.")] string Rol,
    [property: Description("Organisatie, ten hoogste 200 tekens.")] string Organisatie,
    [property: Description("Vanaf wanneer: op of na de startdatum van de casus, niet in de toekomst.")] DateOnly Datum);

using System.ComponentModel;
using Intake.Contracts.Regels;

namespace Intake.Contracts.Ondersteuning;

/// <summary>The body of <c>POST /v1/complexe-casussen/{id}/casusregisseur</c>; its fields' rules are declared here, what depends on stored state is checked by Ondersteuning.Api.</summary>
[Description("Toewijzing van (een nieuwe) casusregisseur, bij rol en organisatie, nooit bij naam.")]
public sealed record CasusregisseurToewijzing(
    [property: MeldingId, Description("Door de afzender gekozen UUID; dezelfde meldingId opnieuw verandert niets en krijgt hetzelfde antwoord.")]
    Guid? MeldingId,
    [property: VrijeTekst(Lengtes.Rol), Description("Rol, ten hoogste 100 tekens.")]
    string? Rol,
    [property: VrijeTekst(Lengtes.Organisatie), Description("Organisatie, ten hoogste 200 tekens.")]
    string? Organisatie,
    [property: Datum("De datum"), Description("Vanaf wanneer: op of na de startdatum van de casus, niet in de toekomst.")]
    DateOnly? Datum);

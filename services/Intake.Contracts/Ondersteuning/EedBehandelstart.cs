using System.ComponentModel;
using Intake.Contracts.Regels;

namespace Intake.Contracts.Ondersteuning;

/// <summary>The body of <c>POST /v1/eed-verwijzingen/{id}/behandelstart</c>; its fields' rules are declared here, what depends on stored state is checked by Ondersteuning.Api.</summary>
[Description("Start van de behandeling van een EED-verwijzing.")]
public sealed record EedBehandelstart(
    [property: MeldingId, Description("Door de afzender gekozen UUID; dezelfde meldingId opnieuw verandert niets en krijgt hetzelfde antwoord.")]
    Guid? MeldingId,
    [property: Datum("De startdatum"), Description("Eerste behandeldag: op of na de verwijsdatum, niet in de toekomst.")]
    DateOnly? Startdatum);

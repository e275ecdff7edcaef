using System.ComponentModel;
using Intake.Contracts.Regels;

namespace Intake.Contracts.Ondersteuning;

/// <summary>The body of <c>POST /v1/complexe-casussen/{id}/afsluiting</c>; its fields' rules are declared here, what depends on stored state is checked by Ondersteuning.Api.</summary>
[Description("Afsluiting van een complexe casus.")]
public sealed record CasusAfsluiting(
    [property: MeldingId, Description("Door de afzender gekozen UUID; dezelfde meldingId opnieuw verandert niets en krijgt hetzelfde antwoord.")]
    Guid? MeldingId,
    [property: Datum("De einddatum"), Description("Eerste dag waarop de casus niet meer open is: na de startdatum, niet in de toekomst.")]
    DateOnly? Einddatum);

using System.ComponentModel;
using Intake.Contracts.Regels;

namespace Intake.Contracts.Ondersteuning;

/// <summary>The body of <c>POST /v1/trajecten/{id}/beeindiging</c>; its fields' rules are declared here, what depends on stored state is checked by Ondersteuning.Api.</summary>
[Description("Beëindiging van een traject.")]
public sealed record TrajectBeeindiging(
    [property: MeldingId, Description("Door de afzender gekozen UUID; dezelfde meldingId opnieuw verandert niets en krijgt hetzelfde antwoord.")]
    Guid? MeldingId,
    [property: Datum("De einddatum"), Description("Eerste dag waarop het traject niet meer loopt: na de startdatum, niet in de toekomst.")]
    DateOnly? Einddatum);

using System.ComponentModel;
using Intake.Contracts.Regels;
using Ontwikkelagenda.Contracts.Values;

namespace Intake.Contracts.Ondersteuning;

/// <summary>The body of <c>POST /v1/trajecten</c>; that the school is in the register is checked by Ondersteuning.Api after these rules.</summary>
[Description("Start van een traject: een aanbieder levert zorg aan leerlingen van een school (aantallen, geen leerlinggegevens). Andere velden worden geweigerd.")]
public sealed record TrajectMelding(
    [property: MeldingId, Description("Door de afzender gekozen UUID; dezelfde meldingId opnieuw verandert niets en krijgt hetzelfde antwoord.")]
    Guid? MeldingId,
    [property: Brin, Description("BRIN-nummer van de school; moet in het register van regio 22.01 staan.")]
    string? Brin,
    [property: Uuid("De aanbiederId is een UUID, bijvoorbeeld 3f2b8c1e-6d4a-4f0e-9b7a-2c5d8e1f0a3b."), Description("UUID van de aanbieder (uit Inkoop.Api).")]
    Guid? AanbiederId,
    [property: VrijeTekst(Lengtes.Naam), Description("Naam van de aanbieder, ten hoogste 200 tekens.")]
    string? AanbiederNaam,
    [property: Keuze(typeof(Zwaarte), "De zwaarte"), Description("licht (Wmo, preventief) of zwaar (jeugdhulp).")]
    string? Zwaarte,
    [property: Keuze(typeof(ZorgKader), "Het kader"), Description("Wettelijk kader: wmo, jeugdwet, zvw-wlz of pgb.")]
    string? Kader,
    [property: Datum("De startdatum"), Description("Eerste dag van het traject (Europe/Amsterdam); niet in de toekomst.")]
    DateOnly? Startdatum);

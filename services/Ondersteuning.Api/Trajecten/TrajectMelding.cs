using System.ComponentModel;
using Ontwikkelagenda.Contracts.Values;

namespace Ondersteuning.Api.Trajecten;

/// <summary>
/// The body of <c>POST /v1/trajecten</c>, for the OpenAPI document. The endpoint reads the raw JSON so that
/// it can report every wrong field at once; other fields are refused.
/// </summary>
[Description("Start van een traject: een aanbieder levert zorg aan leerlingen van een school (aantallen, geen leerlinggegevens). Andere velden worden geweigerd.")]
public sealed record TrajectMelding(
    [property: Description("Door de afzender gekozen UUID; dezelfde meldingId opnieuw verandert niets en krijgt hetzelfde antwoord.")]
    Guid MeldingId,
    [property: Description("BRIN-nummer van de school; moet in het register van regio 22.01 staan.")]
    string Brin,
    [property: Description("UUID van de aanbieder (uit Inkoop.Api).")]
    Guid AanbiederId,
    [property: Description("Naam van de aanbieder, ten hoogste 200 tekens.")]
    string AanbiederNaam,
    [property: Description("licht (Wmo, preventief) of zwaar (jeugdhulp).")]
    Zwaarte Zwaarte,
    [property: Description("Wettelijk kader: wmo, jeugdwet, zvw-wlz of pgb.")]
    ZorgKader Kader,
    [property: Description("Eerste dag van het traject (Europe/Amsterdam); niet in de toekomst.")]
    DateOnly Startdatum);

using System.ComponentModel;
using Ontwikkelagenda.Contracts.Values;

namespace Leerplicht.Api.Thuiszitters;

/// <summary>
/// The body of <c>POST /v1/thuiszitters</c>, for the OpenAPI document (the descriptions are what API
/// users read). The endpoint itself reads the raw JSON so that it can report every wrong field at once.
/// </summary>
[Description("Melding van een thuiszitter door een leerplichtbureau.")]
public sealed record ThuiszitterMelding(
    [property: Description("Door de afzender gekozen UUID; dezelfde meldingId opnieuw verandert niets en krijgt hetzelfde antwoord.")]
    Guid MeldingId,
    [property: Description("Pseudoniem van het leerplichtbureau: 3 tot 40 letters, cijfers en -_./, minstens één cijfer, nooit een BSN.")]
    string CasusReferentie,
    [property: Description("CBS-code van de woongemeente: GM1680, GM0106, GM1731 of GM1730.")]
    string Gemeente,
    [property: Description("absoluut (niet ingeschreven, geen BRIN) of langdurig-relatief (ingeschreven, langer dan vier weken afwezig).")]
    SoortVerzuim SoortVerzuim,
    [property: Description("Eerste dag van het verzuim (Europe/Amsterdam); niet in de toekomst.")]
    DateOnly Startdatum,
    [property: Description("BRIN-nummer van de school: verplicht bij langdurig-relatief, leeg bij absoluut. Een school buiten de regio mag.")]
    string? Brin = null);

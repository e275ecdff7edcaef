using System.ComponentModel;

namespace Leerplicht.Api.Thuiszitters;

/// <summary>The body of <c>POST /v1/thuiszitters/{id}/overdrachten</c>, for the OpenAPI document.</summary>
[Description("Overdracht van een open zaak aan een andere gemeente van de regio na een verhuizing; startdatum en termijn blijven. Een verhuizing buiten de regio is een beëindiging met uitkomst verhuisd.")]
public sealed record ThuiszitterOverdracht(
    [property: Description("Door de afzender gekozen UUID; dezelfde meldingId opnieuw verandert niets en krijgt hetzelfde antwoord.")]
    Guid MeldingId,
    [property: Description("CBS-code van de nieuwe woongemeente: GM1680, GM0106, GM1731 of GM1730, niet de huidige.")]
    string NaarGemeente,
    [property: Description("Vanaf deze dag telt de zaak voor de nieuwe gemeente; niet voor de startdatum, niet in de toekomst.")]
    DateOnly Overdrachtsdatum);

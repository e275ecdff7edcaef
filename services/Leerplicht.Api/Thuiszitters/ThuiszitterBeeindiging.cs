using System.ComponentModel;
using Ontwikkelagenda.Contracts.Values;

namespace Leerplicht.Api.Thuiszitters;

/// <summary>The body of <c>POST /v1/thuiszitters/{id}/beeindiging</c>, for the OpenAPI document.</summary>
[Description("Beëindiging van een thuiszitterszaak.")]
public sealed record ThuiszitterBeeindiging(
    [property: Description("Door de afzender gekozen UUID; dezelfde meldingId opnieuw verandert niets en krijgt hetzelfde antwoord.")]
    Guid MeldingId,
    [property: Description("Laatste dag van de zaak; niet voor de startdatum, niet in de toekomst.")]
    DateOnly Einddatum,
    [property: Description("Hoe de zaak eindigde; vrijstelling beëindigt de zaak maar is geen oplossing.")]
    Uitkomst Uitkomst);

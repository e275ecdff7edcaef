using System.ComponentModel;
using Intake.Contracts.Regels;

namespace Intake.Contracts.Leerplicht;

/// <summary>The body of <c>POST /v1/thuiszitters/{id}/beeindiging</c>; that the einddatum follows the case's startdatum is checked after these rules.</summary>
[Description("Beëindiging van een thuiszitterszaak.")]
public sealed record ThuiszitterBeeindiging(
    [property: MeldingId, Description(Omschrijving.MeldingId)]
    Guid? MeldingId,
    [property: Datum("De einddatum"), Description("Laatste dag van de zaak; niet voor de startdatum, niet in de toekomst.")]
    DateOnly? Einddatum,
    [property: Keuze(typeof(Ontwikkelagenda.Contracts.Values.Uitkomst), "De uitkomst"),
        Description("Hoe de zaak eindigde; vrijstelling beëindigt de zaak maar is geen oplossing.")]
    string? Uitkomst);

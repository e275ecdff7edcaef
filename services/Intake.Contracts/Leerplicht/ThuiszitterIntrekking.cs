using System.ComponentModel;
using Intake.Contracts.Regels;

namespace Intake.Contracts.Leerplicht;

/// <summary>The body of <c>POST /v1/thuiszitters/{id}/intrekkingen</c>; that the withdrawn melding is this case's is checked after these rules.</summary>
[Description("Intrekking van een eerdere melding van de zaak. Intrekken van de beëindiging heropent de zaak; intrekken van de melding trekt de hele zaak in.")]
public sealed record ThuiszitterIntrekking(
    [property: MeldingId, Description("Door de afzender gekozen UUID voor deze intrekking; dezelfde meldingId opnieuw verandert niets en krijgt hetzelfde antwoord.")]
    Guid? MeldingId,
    [property: Uuid(Meldingen.Intrekking.IngetrokkenReden),
        Description("De meldingId van de melding, beëindiging of overdracht die wordt ingetrokken (na een correctie: de nieuwste correctie).")]
    Guid? IngetrokkenMeldingId,
    [property: VrijeTekst(Meldingen.Intrekking.MaxRedenLengte, MeerRegels = true), Description("Waarom de melding wordt ingetrokken; verplicht, hoogstens 500 tekens.")]
    string? Reden);

using System.ComponentModel;
using Ontwikkelagenda.Contracts.Values;

namespace Leerplicht.Api.Thuiszitters;

/// <summary>A thuiszitter case as the intake holds it, with every melding about it.</summary>
public sealed record Thuiszitter(
    Guid Id,
    string CasusReferentie,
    [property: Description("De huidige gemeente van de zaak (na een overdracht de nieuwe).")]
    string Gemeente,
    [property: Description("De woongemeente van de melding zelf: na een overdracht de gemeente waar de zaak vandaan kwam. Een correctie van de melding noemt deze gemeente.")]
    string GemeenteBijMelding,
    string? Brin,
    SoortVerzuim SoortVerzuim,
    DateOnly Startdatum,
    DateOnly? Einddatum,
    Uitkomst? Uitkomst,
    [property: Description("De melding van de zaak is ingetrokken: de zaak telt niet meer mee.")]
    bool Ingetrokken,
    [property: Description("Alle meldingen over de zaak in volgorde van ontvangst.")]
    IReadOnlyList<MeldingInGeschiedenis> Meldingen);

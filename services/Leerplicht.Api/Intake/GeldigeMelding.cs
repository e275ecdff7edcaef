using Ontwikkelagenda.Contracts.Values;

namespace Leerplicht.Api.Intake;

/// <summary>A thuiszitter report that passed validation.</summary>
public sealed record GeldigeMelding(
    Guid MeldingId,
    CasusReferentie CasusReferentie,
    GemeenteCode Gemeente,
    Brin? Brin,
    SoortVerzuim SoortVerzuim,
    DateOnly Startdatum);

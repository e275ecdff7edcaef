using Ontwikkelagenda.Contracts.Values;

namespace Leerplicht.Api.Intake;

/// <summary>A thuiszitter report that passed validation (the reference was checked as a <see cref="CasusReferentie"/>).</summary>
public sealed record GeldigeMelding(
    Guid MeldingId,
    string CasusReferentie,
    GemeenteCode Gemeente,
    Brin? Brin,
    SoortVerzuim SoortVerzuim,
    DateOnly Startdatum);

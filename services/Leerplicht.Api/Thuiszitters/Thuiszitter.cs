using Ontwikkelagenda.Contracts.Values;

namespace Leerplicht.Api.Thuiszitters;

/// <summary>A thuiszitter case as the intake holds it.</summary>
public sealed record Thuiszitter(
    Guid Id,
    string CasusReferentie,
    string Gemeente,
    string? Brin,
    SoortVerzuim SoortVerzuim,
    DateOnly Startdatum,
    DateOnly? Einddatum,
    Uitkomst? Uitkomst);

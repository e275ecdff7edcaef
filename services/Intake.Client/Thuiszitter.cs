namespace Intake.Client;

/// <summary>
/// A thuiszitter case as Leerplicht.Api holds it, with every melding about it. <c>Gemeente</c> is where the case is now;
/// <c>GemeenteBijMelding</c> the municipality of the report itself (before any transfer).
/// </summary>
public sealed record Thuiszitter(
    Guid Id,
    string CasusReferentie,
    string Gemeente,
    string GemeenteBijMelding,
    string? Brin,
    string SoortVerzuim,
    DateOnly Startdatum,
    DateOnly? Einddatum,
    string? Uitkomst,
    bool Ingetrokken,
    IReadOnlyList<ThuiszitterMeldingRegel> Meldingen);

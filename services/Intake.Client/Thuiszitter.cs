namespace Ontwikkelagenda.Intake.Client;

/// <summary>A thuiszitter case as Leerplicht.Api holds it, with every melding about it.</summary>
public sealed record Thuiszitter(
    Guid Id,
    string CasusReferentie,
    string Gemeente,
    string? Brin,
    string SoortVerzuim,
    DateOnly Startdatum,
    DateOnly? Einddatum,
    string? Uitkomst,
    bool Ingetrokken,
    IReadOnlyList<ThuiszitterMeldingRegel> Meldingen);

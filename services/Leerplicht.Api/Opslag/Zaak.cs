namespace Leerplicht.Api.Opslag;

/// <summary>A thuiszitter case as the intake holds it (a row of <c>leerplicht.zaken</c>).</summary>
public sealed record Zaak(
    Guid Id,
    string CasusReferentie,
    string Gemeente,
    string? Brin,
    string SoortVerzuim,
    DateOnly Startdatum,
    DateOnly? Einddatum,
    string? Uitkomst,
    DateTimeOffset GemeldOp,
    DateTimeOffset? IngetrokkenOp)
{
    /// <summary>Open: not closed and its report not withdrawn.</summary>
    public bool IsOpen => Einddatum is null && IngetrokkenOp is null;
}

namespace Leerplicht.Api.Opslag;

/// <summary>
/// A thuiszitter case as the intake holds it: the state of its entity (<c>leerplicht.entiteiten</c>, soort
/// <see cref="Soort"/>), as the meldingen in force leave it. Whether its report was withdrawn is the entity's own flag.
/// </summary>
/// <param name="CasusReferentie">Null once the retention period removed it (<see cref="AfgeslotenThuiszitters"/>).</param>
/// <param name="SoortVerzuim">The JSON name of the <see cref="Ontwikkelagenda.Contracts.Values.SoortVerzuim"/>.</param>
/// <param name="Uitkomst">The JSON name of the <see cref="Ontwikkelagenda.Contracts.Values.Uitkomst"/>, once closed.</param>
/// <param name="TermijnGemeld">The deadline melding was stored: the deadline watch leaves the case alone.</param>
public sealed record Zaak(
    string? CasusReferentie,
    string Gemeente,
    string? Brin,
    string SoortVerzuim,
    DateOnly Startdatum,
    DateOnly? Einddatum,
    string? Uitkomst,
    bool TermijnGemeld = false)
{
    public const string Soort = "thuiszitter";
}

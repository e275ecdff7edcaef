namespace Leerplicht.Api.Opslag;

/// <summary>
/// An accepted melding (a row of <c>leerplicht.meldingen</c>): the answer it was given, so a repeat gets
/// the same one, and the event to publish, with its id fixed once.
/// </summary>
public sealed record OpgeslagenMelding(
    Guid MeldingId,
    string Soort,
    Guid ZaakId,
    DateTimeOffset OntvangenOp,
    int AntwoordStatus,
    string AntwoordBody,
    string? AntwoordLocation,
    Guid EventId,
    string EventType,
    string EventBody,
    DateTimeOffset? GepubliceerdOp,
    Guid? CorrigeertMeldingId = null,
    Guid? TrektInMeldingId = null)
{
    public const string SoortGemeld = "gemeld";
    public const string SoortBeeindigd = "beeindigd";
    public const string SoortOvergedragen = "overgedragen";
    public const string SoortIngetrokken = "ingetrokken";
    public const string SoortTermijnOverschreden = "termijn-overschreden";

    /// <summary>The soorten a later melding may correct or withdraw (a correction keeps the soort it corrects).</summary>
    public static readonly IReadOnlySet<string> Herzienbaar = new HashSet<string> { SoortGemeld, SoortBeeindigd, SoortOvergedragen };
}

using Ontwikkelagenda.ServiceDefaults.Toegang;

namespace Ontwikkelagenda.Intake.Opslag;

/// <summary>
/// A stored melding: the answer it got, the event it publishes, and whether a later melding corrected or withdrew it.
/// <see cref="Vingerafdruk"/> is what the request asked for (<see cref="Intake.Vingerafdruk"/>); null for meldingen the
/// service made itself and for those stored before it was kept. <see cref="Afzender"/> is the organisation whose token
/// sent it (<see cref="Aanroeper.Organisatie"/>), null likewise.
/// </summary>
public sealed record IntakeMelding(
    Guid MeldingId,
    Guid EntiteitId,
    string Soort,
    DateTimeOffset OntvangenOp,
    int AntwoordStatus,
    string AntwoordBody,
    string? AntwoordLocation,
    Guid EventId,
    string EventType,
    string EventBody,
    DateTimeOffset? GepubliceerdOp,
    Guid? GecorrigeerdDoor,
    Guid? IngetrokkenDoor,
    string? Vingerafdruk = null,
    string? Afzender = null)
{
    /// <summary>Still counts: neither corrected nor withdrawn.</summary>
    public bool Geldig => GecorrigeerdDoor is null && IngetrokkenDoor is null;
}

using Ontwikkelagenda.Intake.Opslag;

namespace Ontwikkelagenda.Intake;

/// <summary>One line of an entity's history in a GET answer.</summary>
public sealed record MeldingRegel(
    Guid MeldingId,
    string Soort,
    DateTimeOffset OntvangenOp,
    string EventType,
    Guid EventId,
    bool Gepubliceerd,
    Guid? GecorrigeerdDoor,
    Guid? IngetrokkenDoor)
{
    public static MeldingRegel Van(IntakeMelding melding) => new(melding.MeldingId, melding.Soort, melding.OntvangenOp,
        melding.EventType, melding.EventId, melding.GepubliceerdOp is not null, melding.GecorrigeerdDoor, melding.IngetrokkenDoor);
}

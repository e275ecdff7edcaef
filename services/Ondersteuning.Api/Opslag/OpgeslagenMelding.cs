namespace Ondersteuning.Api.Opslag;

/// <summary>One stored melding of an entity, with the event it publishes (JSON) and whether the broker confirmed it.</summary>
public sealed record OpgeslagenMelding(
    Guid MeldingId,
    Guid EntiteitId,
    DateTimeOffset OntvangenOp,
    Guid? CorrigeertMeldingId,
    Guid? TrektInMeldingId,
    Guid EventId,
    string EventType,
    string EventBody,
    DateTimeOffset? GepubliceerdOp);

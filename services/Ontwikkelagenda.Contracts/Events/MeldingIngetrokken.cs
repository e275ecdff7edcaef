namespace Ontwikkelagenda.Contracts.Events;

/// <summary>
/// A later melding withdrew an earlier one (<see cref="IngetrokkenEventId"/>) of the same thing
/// (<see cref="EntiteitId"/>): the earlier event stops counting; history keeps both.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record MeldingIngetrokken(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset OccurredAt,
    [property: Id(2)] string MeldendeOrganisatie,
    [property: Id(3)] Guid EntiteitId,
    [property: Id(4)] Guid IngetrokkenEventId,
    [property: Id(5)] string Reden) : IEntiteitEvent;

namespace Ontwikkelagenda.Contracts.Events;

/// <summary>
/// A later melding withdrew an earlier one (<see cref="IngetrokkenEventId"/>) of the same thing
/// (<see cref="EntiteitId"/>): the earlier event stops counting; history keeps both.
/// </summary>
public sealed record MeldingIngetrokken(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string MeldendeOrganisatie,
    Guid EntiteitId,
    Guid IngetrokkenEventId,
    string Reden) : IEntiteitEvent;

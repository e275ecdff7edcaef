namespace Ontwikkelagenda.Contracts.Events;

/// <summary>A trajectory ended: not active from <see cref="Einddatum"/> on.</summary>
public sealed record TrajectBeeindigd(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string MeldendeOrganisatie,
    Guid TrajectId,
    DateOnly Einddatum) : ICorrigeerbaarEvent
{
    public Guid? Corrigeert { get; init; }

    Guid IEntiteitEvent.EntiteitId => TrajectId;
}

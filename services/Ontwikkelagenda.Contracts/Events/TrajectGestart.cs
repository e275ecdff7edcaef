using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.Contracts.Events;

/// <summary>A provider started delivering care to pupils of a school: counts only, no pupil data.</summary>
[GenerateSerializer, Immutable]
public sealed record TrajectGestart(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset OccurredAt,
    [property: Id(2)] string MeldendeOrganisatie,
    [property: Id(3)] Guid TrajectId,
    [property: Id(4)] Brin Brin,
    [property: Id(5)] Guid AanbiederId,
    [property: Id(6)] string AanbiederNaam,
    [property: Id(7)] Zwaarte Zwaarte,
    [property: Id(8)] ZorgKader Kader,
    [property: Id(9)] DateOnly Startdatum) : ICorrigeerbaarEvent
{
    [Id(10)] public Guid? Corrigeert { get; init; }

    Guid IEntiteitEvent.EntiteitId => TrajectId;
}

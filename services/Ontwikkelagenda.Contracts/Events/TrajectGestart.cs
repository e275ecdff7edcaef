using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.Contracts.Events;

/// <summary>A provider started delivering care to pupils of a school: counts only, no pupil data.</summary>
public sealed record TrajectGestart(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string MeldendeOrganisatie,
    Guid TrajectId,
    Brin Brin,
    Guid AanbiederId,
    string AanbiederNaam,
    Zwaarte Zwaarte,
    ZorgKader Kader,
    DateOnly Startdatum) : ICorrigeerbaarEvent
{
    public Guid? Corrigeert { get; init; }

    Guid IEntiteitEvent.EntiteitId => TrajectId;
}

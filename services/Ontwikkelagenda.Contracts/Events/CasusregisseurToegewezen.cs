using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.Contracts.Events;

/// <summary>A complex case got its casusregisseur (or another one) from <see cref="Datum"/>.</summary>
[GenerateSerializer, Immutable]
public sealed record CasusregisseurToegewezen(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset OccurredAt,
    [property: Id(2)] string MeldendeOrganisatie,
    [property: Id(3)] Guid CasusId,
    [property: Id(4)] Casusregisseur Casusregisseur,
    [property: Id(5)] DateOnly Datum) : ICorrigeerbaarEvent
{
    [Id(6)] public Guid? Corrigeert { get; init; }

    Guid IEntiteitEvent.EntiteitId => CasusId;
}

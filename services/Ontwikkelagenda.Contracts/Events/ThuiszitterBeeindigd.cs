using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.Contracts.Events;

/// <summary>
/// A thuiszitter case ended. Carries the case's municipality and school so the event can be
/// routed to the grains it concerns even when it arrives before the report itself.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ThuiszitterBeeindigd(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset OccurredAt,
    [property: Id(2)] string MeldendeOrganisatie,
    [property: Id(3)] Guid ZaakId,
    [property: Id(4)] GemeenteCode Gemeente,
    [property: Id(5)] Brin? Brin,
    [property: Id(6)] DateOnly Einddatum,
    [property: Id(7)] Uitkomst Uitkomst) : ICorrigeerbaarEvent
{
    [Id(8)] public Guid? Corrigeert { get; init; }

    Guid IEntiteitEvent.EntiteitId => ZaakId;
}

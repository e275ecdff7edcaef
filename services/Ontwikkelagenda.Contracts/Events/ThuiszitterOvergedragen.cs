using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.Contracts.Events;

/// <summary>
/// A case moved with the child to another municipality of the region: from <see cref="Overdrachtsdatum"/>
/// it counts for <see cref="NaarGemeente"/>. Startdatum and clock stay the case's own.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ThuiszitterOvergedragen(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset OccurredAt,
    [property: Id(2)] string MeldendeOrganisatie,
    [property: Id(3)] Guid ZaakId,
    [property: Id(4)] GemeenteCode VanGemeente,
    [property: Id(5)] GemeenteCode NaarGemeente,
    [property: Id(6)] Brin? Brin,
    [property: Id(7)] DateOnly Overdrachtsdatum) : ICorrigeerbaarEvent
{
    [Id(8)] public Guid? Corrigeert { get; init; }

    Guid IEntiteitEvent.EntiteitId => ZaakId;
}

using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.Contracts.Events;

/// <summary>
/// A case moved with the child to another municipality of the region: from <see cref="Overdrachtsdatum"/>
/// it counts for <see cref="NaarGemeente"/>. Startdatum and clock stay the case's own.
/// </summary>
public sealed record ThuiszitterOvergedragen(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string MeldendeOrganisatie,
    Guid ZaakId,
    GemeenteCode VanGemeente,
    GemeenteCode NaarGemeente,
    Brin? Brin,
    DateOnly Overdrachtsdatum) : ICorrigeerbaarEvent
{
    public Guid? Corrigeert { get; init; }

    Guid IEntiteitEvent.EntiteitId => ZaakId;
}

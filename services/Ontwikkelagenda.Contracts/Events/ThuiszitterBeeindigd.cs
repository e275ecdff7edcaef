using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.Contracts.Events;

/// <summary>
/// A thuiszitter case ended. Carries the case's municipality and school so the event can be
/// routed to the grains it concerns even when it arrives before the report itself.
/// </summary>
public sealed record ThuiszitterBeeindigd(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string MeldendeOrganisatie,
    Guid ZaakId,
    GemeenteCode Gemeente,
    Brin? Brin,
    DateOnly Einddatum,
    Uitkomst Uitkomst) : ICorrigeerbaarEvent
{
    public Guid? Corrigeert { get; init; }

    Guid IEntiteitEvent.EntiteitId => ZaakId;
}

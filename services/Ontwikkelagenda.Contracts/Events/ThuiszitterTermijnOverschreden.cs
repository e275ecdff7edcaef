using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.Contracts.Events;

/// <summary>
/// An open case passed three months (Thuiszitterspact): published once per case, on the first day it is
/// longer than three months (<see cref="Termijndatum"/>), even when nothing else happens.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ThuiszitterTermijnOverschreden(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset OccurredAt,
    [property: Id(2)] string MeldendeOrganisatie,
    [property: Id(3)] Guid ZaakId,
    [property: Id(4)] GemeenteCode Gemeente,
    [property: Id(5)] Brin? Brin,
    [property: Id(6)] DateOnly Startdatum,
    [property: Id(7)] DateOnly Termijndatum) : IEntiteitEvent
{
    Guid IEntiteitEvent.EntiteitId => ZaakId;
}

using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.Contracts.Events;

/// <summary>
/// An open case passed three months (Thuiszitterspact): published once per case, on the first day it is
/// longer than three months (<see cref="Termijndatum"/>), even when nothing else happens.
/// </summary>
public sealed record ThuiszitterTermijnOverschreden(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string MeldendeOrganisatie,
    Guid ZaakId,
    GemeenteCode Gemeente,
    Brin? Brin,
    DateOnly Startdatum,
    DateOnly Termijndatum) : IEntiteitEvent
{
    Guid IEntiteitEvent.EntiteitId => ZaakId;
}

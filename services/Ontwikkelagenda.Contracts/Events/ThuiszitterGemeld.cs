using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.Contracts.Events;

/// <summary>A leerplicht office reported a thuiszitter case.</summary>
[GenerateSerializer, Immutable]
public sealed record ThuiszitterGemeld(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset OccurredAt,
    [property: Id(2)] string MeldendeOrganisatie,
    [property: Id(3)] Guid ZaakId,
    [property: Id(4)] string CasusReferentie,
    [property: Id(5)] GemeenteCode Gemeente,
    [property: Id(6)] Brin? Brin,
    [property: Id(7)] SoortVerzuim SoortVerzuim,
    [property: Id(8)] DateOnly Startdatum) : ICorrigeerbaarEvent
{
    [Id(9)] public Guid? Corrigeert { get; init; }

    Guid IEntiteitEvent.EntiteitId => ZaakId;
}

using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.Contracts.Events;

/// <summary>
/// A municipality or the subregion contracted a provider for jeugdhulp or EED care. Active from
/// <see cref="Startdatum"/> up to (not including) <see cref="Einddatum"/>.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ContractGesloten(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset OccurredAt,
    [property: Id(2)] string MeldendeOrganisatie,
    [property: Id(3)] Guid ContractId,
    [property: Id(4)] Guid AanbiederId,
    [property: Id(5)] string AanbiederNaam,
    [property: Id(6)] Contractant Contractant,
    [property: Id(7)] ContractSoort Soort,
    [property: Id(8)] string SoortZorg,
    [property: Id(9)] ZorgKader Kader,
    [property: Id(10)] DateOnly Startdatum,
    [property: Id(11)] DateOnly? Einddatum,
    [property: Id(12)] Bediening Bediening) : ICorrigeerbaarEvent
{
    [Id(13)] public Guid? Corrigeert { get; init; }

    Guid IEntiteitEvent.EntiteitId => ContractId;
}

using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.Contracts.Events;

/// <summary>
/// A municipality or the subregion contracted a provider for jeugdhulp or EED care. Active from
/// <see cref="Startdatum"/> up to (not including) <see cref="Einddatum"/>.
/// </summary>
public sealed record ContractGesloten(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string MeldendeOrganisatie,
    Guid ContractId,
    Guid AanbiederId,
    string AanbiederNaam,
    Contractant Contractant,
    ContractSoort Soort,
    string SoortZorg,
    ZorgKader Kader,
    DateOnly Startdatum,
    DateOnly? Einddatum,
    Bediening Bediening) : ICorrigeerbaarEvent
{
    public Guid? Corrigeert { get; init; }

    Guid IEntiteitEvent.EntiteitId => ContractId;
}

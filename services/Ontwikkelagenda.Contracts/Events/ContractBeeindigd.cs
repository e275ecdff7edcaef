namespace Ontwikkelagenda.Contracts.Events;

/// <summary>A contract ends: not active from <see cref="Einddatum"/> on.</summary>
[GenerateSerializer, Immutable]
public sealed record ContractBeeindigd(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset OccurredAt,
    [property: Id(2)] string MeldendeOrganisatie,
    [property: Id(3)] Guid ContractId,
    [property: Id(4)] DateOnly Einddatum) : ICorrigeerbaarEvent
{
    [Id(5)] public Guid? Corrigeert { get; init; }

    Guid IEntiteitEvent.EntiteitId => ContractId;
}

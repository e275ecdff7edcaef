namespace Ontwikkelagenda.Contracts.Events;

/// <summary>A contract ends: not active from <see cref="Einddatum"/> on.</summary>
public sealed record ContractBeeindigd(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string MeldendeOrganisatie,
    Guid ContractId,
    DateOnly Einddatum) : ICorrigeerbaarEvent
{
    public Guid? Corrigeert { get; init; }

    Guid IEntiteitEvent.EntiteitId => ContractId;
}

namespace Ontwikkelagenda.Contracts.Events;

/// <summary>A care provider entered the procurement register (KvK number where known).</summary>
[GenerateSerializer, Immutable]
public sealed record AanbiederGeregistreerd(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset OccurredAt,
    [property: Id(2)] string MeldendeOrganisatie,
    [property: Id(3)] Guid AanbiederId,
    [property: Id(4)] string Naam,
    [property: Id(5)] string? KvkNummer) : ICorrigeerbaarEvent
{
    [Id(6)] public Guid? Corrigeert { get; init; }

    Guid IEntiteitEvent.EntiteitId => AanbiederId;
}

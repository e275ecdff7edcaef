namespace Ontwikkelagenda.Contracts.Events;

/// <summary>A complex case was closed: not open from <see cref="Einddatum"/> on.</summary>
[GenerateSerializer, Immutable]
public sealed record ComplexeCasusAfgesloten(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset OccurredAt,
    [property: Id(2)] string MeldendeOrganisatie,
    [property: Id(3)] Guid CasusId,
    [property: Id(4)] DateOnly Einddatum) : ICorrigeerbaarEvent
{
    [Id(5)] public Guid? Corrigeert { get; init; }

    Guid IEntiteitEvent.EntiteitId => CasusId;
}

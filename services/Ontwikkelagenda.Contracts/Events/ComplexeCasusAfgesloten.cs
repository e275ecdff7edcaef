namespace Ontwikkelagenda.Contracts.Events;

/// <summary>A complex case was closed: not open from <see cref="Einddatum"/> on.</summary>
public sealed record ComplexeCasusAfgesloten(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string MeldendeOrganisatie,
    Guid CasusId,
    DateOnly Einddatum) : ICorrigeerbaarEvent
{
    public Guid? Corrigeert { get; init; }

    Guid IEntiteitEvent.EntiteitId => CasusId;
}

using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.Contracts.Events;

/// <summary>A complex case got its casusregisseur (or another one) from <see cref="Datum"/>.</summary>
public sealed record CasusregisseurToegewezen(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string MeldendeOrganisatie,
    Guid CasusId,
    Casusregisseur Casusregisseur,
    DateOnly Datum) : ICorrigeerbaarEvent
{
    public Guid? Corrigeert { get; init; }

    Guid IEntiteitEvent.EntiteitId => CasusId;
}

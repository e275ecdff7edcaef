namespace Ontwikkelagenda.Contracts.Events;

/// <summary>A care provider entered the procurement register (KvK number where known).</summary>
public sealed record AanbiederGeregistreerd(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string MeldendeOrganisatie,
    Guid AanbiederId,
    string Naam,
    string? KvkNummer) : ICorrigeerbaarEvent
{
    public Guid? Corrigeert { get; init; }

    Guid IEntiteitEvent.EntiteitId => AanbiederId;
}

using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.Contracts.Events;

/// <summary>A pupil was referred for EED dyslexia care (pseudonymous reference only).</summary>
[GenerateSerializer, Immutable]
public sealed record EedVerwijzingGemeld(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset OccurredAt,
    [property: Id(2)] string MeldendeOrganisatie,
    [property: Id(3)] Guid VerwijzingId,
    [property: Id(4)] string Referentie,
    [property: Id(5)] Brin Brin,
    [property: Id(6)] DateOnly Verwijsdatum) : ICorrigeerbaarEvent
{
    [Id(7)] public Guid? Corrigeert { get; init; }

    Guid IEntiteitEvent.EntiteitId => VerwijzingId;
}

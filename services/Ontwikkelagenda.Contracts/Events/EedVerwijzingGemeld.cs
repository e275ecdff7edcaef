using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.Contracts.Events;

/// <summary>A pupil was referred for EED dyslexia care (pseudonymous reference only).</summary>
public sealed record EedVerwijzingGemeld(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string MeldendeOrganisatie,
    Guid VerwijzingId,
    string Referentie,
    Brin Brin,
    DateOnly Verwijsdatum) : ICorrigeerbaarEvent
{
    public Guid? Corrigeert { get; init; }

    Guid IEntiteitEvent.EntiteitId => VerwijzingId;
}

namespace Ontwikkelagenda.Contracts.Events;

/// <summary>The treatment of an EED referral started.</summary>
public sealed record EedBehandelingGestart(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string MeldendeOrganisatie,
    Guid VerwijzingId,
    DateOnly Startdatum) : ICorrigeerbaarEvent
{
    public Guid? Corrigeert { get; init; }

    Guid IEntiteitEvent.EntiteitId => VerwijzingId;
}

namespace Ontwikkelagenda.Contracts.Events;

/// <summary>The treatment of an EED referral started.</summary>
[GenerateSerializer, Immutable]
public sealed record EedBehandelingGestart(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset OccurredAt,
    [property: Id(2)] string MeldendeOrganisatie,
    [property: Id(3)] Guid VerwijzingId,
    [property: Id(4)] DateOnly Startdatum) : ICorrigeerbaarEvent
{
    [Id(5)] public Guid? Corrigeert { get; init; }

    Guid IEntiteitEvent.EntiteitId => VerwijzingId;
}

using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.Contracts.Events;

/// <summary>
/// An OOGO partner reported on an agenda goal: status, a short text, the date, and who (professionals
/// reporting are named: that is accountability). Every report is kept.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record VoortgangGerapporteerd(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset OccurredAt,
    [property: Id(2)] string MeldendeOrganisatie,
    [property: Id(3)] Guid RapportId,
    [property: Id(4)] int Doel,
    [property: Id(5)] DoelStatus Status,
    [property: Id(6)] string Toelichting,
    [property: Id(7)] DateOnly Datum,
    [property: Id(8)] string Organisatie,
    [property: Id(9)] string NaamRapporteur,
    [property: Id(10)] string RolRapporteur) : ICorrigeerbaarEvent
{
    [Id(11)] public Guid? Corrigeert { get; init; }

    Guid IEntiteitEvent.EntiteitId => RapportId;
}

using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.Contracts.Events;

/// <summary>
/// An OOGO partner reported on an agenda goal: status, a short text, the date, and who (professionals
/// reporting are named: that is accountability). Every report is kept.
/// </summary>
public sealed record VoortgangGerapporteerd(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string MeldendeOrganisatie,
    Guid RapportId,
    int Doel,
    DoelStatus Status,
    string Toelichting,
    DateOnly Datum,
    string Organisatie,
    string NaamRapporteur,
    string RolRapporteur) : ICorrigeerbaarEvent
{
    public Guid? Corrigeert { get; init; }

    Guid IEntiteitEvent.EntiteitId => RapportId;
}

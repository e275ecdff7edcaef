namespace Ontwikkelagenda.Contracts.Events;

/// <summary>What every event on the bus carries: a unique id (a redelivery has the same one), when it happened, and who reported it.</summary>
public interface IAgendaEvent
{
    Guid EventId { get; }
    DateTimeOffset OccurredAt { get; }
    string MeldendeOrganisatie { get; }
}

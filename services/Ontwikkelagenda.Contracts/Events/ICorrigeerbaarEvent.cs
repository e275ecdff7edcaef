namespace Ontwikkelagenda.Contracts.Events;

/// <summary>
/// An event that a later melding of the same kind can correct: the later event names the earlier one's
/// <see cref="IAgendaEvent.EventId"/> in <see cref="Corrigeert"/> and replaces it; history keeps both.
/// </summary>
public interface ICorrigeerbaarEvent : IEntiteitEvent
{
    Guid? Corrigeert { get; }
}

namespace Ontwikkelagenda.Contracts.Events;

/// <summary>
/// An event about one thing with an identity of its own (a case, contract, trajectory, referral,
/// complex case, provider or report). Its facts are the fold of all its events, so order of arrival does not matter.
/// </summary>
public interface IEntiteitEvent : IAgendaEvent
{
    Guid EntiteitId { get; }
}

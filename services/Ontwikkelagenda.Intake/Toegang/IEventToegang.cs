using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.ServiceDefaults.Toegang;

namespace Ontwikkelagenda.Intake.Toegang;

/// <summary>
/// Whose events an intake stores: each intake service says, for the events it makes that name an organisation (a
/// report's municipality, a contract's contractant, a trajectory's school), whether the caller may store them. The
/// organisation is always the one in the caller's token, so a body naming another is refused (403) before anything is
/// stored; a correction that moves a case elsewhere is refused the same way.
/// </summary>
public interface IEventToegang
{
    /// <summary>Why <paramref name="aanroeper"/> may not store <paramref name="gebeurtenis"/>, in Dutch; null when it may.</summary>
    string? Weigering(IAgendaEvent gebeurtenis, Aanroeper aanroeper);
}

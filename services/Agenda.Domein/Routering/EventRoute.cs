using Ontwikkelagenda.Agenda.Domein.Referentie;
using Ontwikkelagenda.Contracts.Events;

namespace Ontwikkelagenda.Agenda.Domein.Routering;

/// <summary>
/// The scopes an event concerns by its own fields and the register. Events that carry no routing fields
/// (a contract's end, a treatment start, a withdrawal) return none: they concern the scopes of their entity's
/// earlier events, which the event store adds.
/// </summary>
public static class EventRoute
{
    public static IReadOnlyList<Scope> ScopesFor(IAgendaEvent agendaEvent, Referentiedata referentiedata) =>
        throw new NotImplementedException("Agenda.Domein: in aanbouw");
}

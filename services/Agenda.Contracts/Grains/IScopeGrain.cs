using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Kpis;

namespace Agenda.Contracts.Grains;

/// <summary>
/// A scope (school, SWV, municipality, region) that holds the facts of the events it concerns and computes
/// every KPI for any peildatum. Applying an event twice is a no-op (events are recognised by their id).
/// </summary>
public interface IScopeGrain : IGrainWithStringKey
{
    Task Apply(IAgendaEvent agendaEvent);

    Task<ScopeCijfers> GetKpis(DateOnly peildatum);
}

using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Kpis;
using Orleans.Concurrency;

namespace Agenda.Contracts.Grains;

/// <summary>
/// A scope (school, SWV, municipality, region) that holds the facts of the events it concerns and computes
/// every KPI for any peildatum. Applying an event twice is a no-op (events are recognised by their id).
/// </summary>
public interface IScopeGrain : IGrainWithStringKey
{
    /// <param name="eersteVanEntiteit">
    /// The store holds no earlier event of its entity: a grain that does not know the entity has its whole history
    /// here. False whenever unsure (a redelivery); the grain then reads the entity's history itself.
    /// </param>
    Task Apply(IAgendaEvent agendaEvent, bool eersteVanEntiteit);

    Task<ScopeCijfers> GetKpis(DateOnly peildatum);

    /// <summary>The region tells the scopes that follow its reports (for the goals' report status) that they changed.</summary>
    [OneWay]
    Task RegioRapportenGewijzigd(RegioRapporten rapporten);
}

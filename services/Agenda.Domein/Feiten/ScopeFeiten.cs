using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Kpis;

namespace Ontwikkelagenda.Agenda.Domein.Feiten;

/// <summary>
/// What one scope knows: every event it concerns, grouped per entity, folded into facts (cases, contracts,
/// trajectories, referrals, complex cases, reports) with corrections and withdrawals applied. Order of
/// arrival does not matter; an event seen before is ignored.
/// </summary>
public sealed class ScopeFeiten
{
    /// <summary>True when the event was new to this scope.</summary>
    public bool Apply(IAgendaEvent agendaEvent) => throw new NotImplementedException("Agenda.Domein: in aanbouw");

    /// <summary>Whether any event of this entity was applied (a scope that first hears of an entity may need its history).</summary>
    public bool Kent(Guid entiteitId) => throw new NotImplementedException("Agenda.Domein: in aanbouw");

    /// <summary>Every partner report, corrected and withdrawn ones flagged, oldest first.</summary>
    public IReadOnlyList<Voortgangsrapport> Voortgangsrapporten => throw new NotImplementedException("Agenda.Domein: in aanbouw");
}

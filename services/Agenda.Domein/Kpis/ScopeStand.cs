using Agenda.Domein.Data;
using Agenda.Domein.Feiten;
using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Kpis;

namespace Agenda.Domein.Kpis;

/// <summary>
/// What a scope grain holds, without the grain: its facts and their version (one step per new event), the region's
/// reports it last saw and their version, and its answers per peildatum, computed once per version. The region holds
/// the reports itself (<paramref name="eigenRapporten"/>): its own version covers them.
/// </summary>
public sealed class ScopeStand(Scope scope, DomeinData data, bool eigenRapporten = false)
{
    private readonly CijferCache _cache = new();
    private RegioRapporten _regioRapporten = new(-1, []);

    public ScopeFeiten Feiten { get; } = new();

    /// <summary>Steps up with every event new to the scope; answers computed at an older version are not given again.</summary>
    public long Versie { get; private set; }

    /// <summary>Steps up when the region's reports, as last received, differ from those before.</summary>
    public long RapportenVersie { get; private set; }

    public IReadOnlyList<Voortgangsrapport> Rapporten => eigenRapporten ? Feiten.Voortgangsrapporten : _regioRapporten.Rapporten;

    /// <summary>True when the event was new to the scope (and the version stepped up).</summary>
    public bool Apply(IAgendaEvent agendaEvent)
    {
        if (!Feiten.Apply(agendaEvent)) return false;
        Versie++;
        return true;
    }

    /// <summary>The region's reports at a region version; true when they changed (an older version than held changes nothing).</summary>
    public bool ZetRegioRapporten(RegioRapporten rapporten)
    {
        if (rapporten.Versie < _regioRapporten.Versie) return false;
        var gewijzigd = !rapporten.Rapporten.SequenceEqual(_regioRapporten.Rapporten);
        _regioRapporten = rapporten;
        if (gewijzigd) RapportenVersie++;
        return gewijzigd;
    }

    /// <summary>Every KPI at the peildatum: from the cache while nothing changed, else the full pass over the facts.</summary>
    public ScopeCijfers Cijfers(DateOnly peildatum) =>
        _cache.Geef(peildatum, Versie, RapportenVersie, () => ScopeKpiCalculator.Bereken(scope, Feiten, data, Rapporten, peildatum));
}

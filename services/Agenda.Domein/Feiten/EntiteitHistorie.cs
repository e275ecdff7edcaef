using Ontwikkelagenda.Contracts.Events;

namespace Agenda.Domein.Feiten;

/// <summary>
/// All events of one entity. Effective = not withdrawn and not replaced by an effective correction (a withdrawal
/// takes every version of the melding with it). A correction takes the place of the event it corrects in the
/// fold order (OccurredAt, then EventId, of the first event of its chain), so arrival order never matters.
/// </summary>
public sealed class EntiteitHistorie
{
    private readonly List<IEntiteitEvent> _events = [];

    public IReadOnlyList<IEntiteitEvent> Events => _events;

    public void Add(IEntiteitEvent agendaEvent) => _events.Add(agendaEvent);

    /// <summary>
    /// A withdrawal withdraws the melding as it stands: the named event and every version of it, both what it
    /// corrects and what corrects it. The intake services name the newest version, and "withdraw the report"
    /// must remove the case, not bring back its first version.
    /// </summary>
    public HashSet<Guid> Ingetrokken()
    {
        var byId = new Dictionary<Guid, IEntiteitEvent>();
        foreach (var e in _events) byId.TryAdd(e.EventId, e);
        var correctiesVan = _events.OfType<ICorrigeerbaarEvent>().Where(e => e.Corrigeert is not null)
            .ToLookup(e => e.Corrigeert!.Value, e => e.EventId);

        var ingetrokken = new HashSet<Guid>();
        var teDoen = new Stack<Guid>(_events.OfType<MeldingIngetrokken>().Select(m => m.IngetrokkenEventId));
        while (teDoen.TryPop(out var id))
        {
            if (!ingetrokken.Add(id)) continue;
            if (byId.GetValueOrDefault(id) is ICorrigeerbaarEvent { Corrigeert: { } vorige }) teDoen.Push(vorige);
            foreach (var volgende in correctiesVan[id]) teDoen.Push(volgende);
        }
        return ingetrokken;
    }

    /// <summary>For each corrected event id, the effective correction that replaces it.</summary>
    public Dictionary<Guid, Guid> Vervangen()
    {
        var ingetrokken = Ingetrokken();
        var vervangen = new Dictionary<Guid, Guid>();
        // Latest correction wins when two correct the same event.
        foreach (var correctie in _events.OfType<ICorrigeerbaarEvent>()
                     .Where(e => e.Corrigeert is not null && !ingetrokken.Contains(e.EventId) && Effectief(e.EventId, ingetrokken, []))
                     .OrderBy(e => e.OccurredAt).ThenBy(e => e.EventId))
            vervangen[correctie.Corrigeert!.Value] = correctie.EventId;
        return vervangen;
    }

    public IReadOnlyList<IEntiteitEvent> Effectieve()
    {
        var ingetrokken = Ingetrokken();
        var byId = _events.ToDictionary(e => e.EventId);
        return _events
            .Where(e => e is not MeldingIngetrokken && Effectief(e.EventId, ingetrokken, []))
            .OrderBy(e => Oorsprong(e, byId).OccurredAt).ThenBy(e => Oorsprong(e, byId).EventId)
            .ToList();
    }

    private bool Effectief(Guid eventId, HashSet<Guid> ingetrokken, HashSet<Guid> bezocht)
    {
        if (ingetrokken.Contains(eventId) || !bezocht.Add(eventId)) return false;
        return !_events.OfType<ICorrigeerbaarEvent>()
            .Any(c => c.Corrigeert == eventId && Effectief(c.EventId, ingetrokken, [.. bezocht]));
    }

    private static IEntiteitEvent Oorsprong(IEntiteitEvent e, Dictionary<Guid, IEntiteitEvent> byId)
    {
        var huidig = e;
        for (var i = 0; i < 100 && huidig is ICorrigeerbaarEvent { Corrigeert: { } vorige } && byId.TryGetValue(vorige, out var ouder); i++)
            huidig = ouder;
        return huidig;
    }
}

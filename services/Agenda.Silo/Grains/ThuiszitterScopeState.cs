using Ontwikkelagenda.Agenda.Silo.Kpis;
using Ontwikkelagenda.Contracts.Events;

namespace Ontwikkelagenda.Agenda.Silo.Grains;

/// <summary>
/// The cases of one scope by ZaakId, and the ids of the events already applied so a redelivered or
/// reloaded event counts once. Gemeld and Beeindigd fill different fields, so their order does not matter.
/// </summary>
public sealed class ThuiszitterScopeState
{
    private readonly Dictionary<Guid, ThuiszitterZaak> _zaken = [];
    private readonly HashSet<Guid> _toegepast = [];

    public IReadOnlyCollection<ThuiszitterZaak> Zaken => _zaken.Values;

    /// <summary>True when the event changed the state; false for an event seen before.</summary>
    public bool Apply(IAgendaEvent agendaEvent) => agendaEvent switch
    {
        ThuiszitterGemeld gemeld => Apply(gemeld.EventId, gemeld.ZaakId,
            zaak => zaak with { Startdatum = gemeld.Startdatum, Soort = gemeld.SoortVerzuim }),
        ThuiszitterBeeindigd beeindigd => Apply(beeindigd.EventId, beeindigd.ZaakId,
            zaak => zaak with { Einddatum = beeindigd.Einddatum, Uitkomst = beeindigd.Uitkomst }),
        _ => false,
    };

    private bool Apply(Guid eventId, Guid zaakId, Func<ThuiszitterZaak, ThuiszitterZaak> change)
    {
        if (!_toegepast.Add(eventId)) return false;
        var zaak = _zaken.GetValueOrDefault(zaakId) ?? new ThuiszitterZaak(zaakId);
        _zaken[zaakId] = change(zaak);
        return true;
    }
}

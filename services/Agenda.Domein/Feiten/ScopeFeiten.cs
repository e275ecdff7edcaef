using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Kpis;

namespace Agenda.Domein.Feiten;

/// <summary>
/// What one scope knows: every event it concerns, grouped per entity, folded into facts (cases, contracts,
/// trajectories, referrals, complex cases, reports) with corrections and withdrawals applied. Order of
/// arrival does not matter; an event seen before is ignored. Only the entity an event concerns is refolded.
/// </summary>
public sealed class ScopeFeiten
{
    private readonly HashSet<Guid> _eventIds = [];
    private readonly Dictionary<Guid, EntiteitHistorie> _historie = [];
    private readonly Dictionary<Guid, object> _feiten = [];
    private readonly Dictionary<Guid, ThuiszitterFeit> _thuiszitters = [];
    private readonly Dictionary<Guid, AanbiederFeit> _aanbieders = [];
    private readonly Dictionary<Guid, ContractFeit> _contracten = [];
    private readonly Dictionary<Guid, TrajectFeit> _trajecten = [];
    private readonly Dictionary<Guid, EedVerwijzingFeit> _verwijzingen = [];
    private readonly Dictionary<Guid, ComplexeCasusFeit> _casussen = [];
    private readonly Dictionary<Guid, IReadOnlyList<Voortgangsrapport>> _rapporten = [];
    private IReadOnlyList<Voortgangsrapport>? _alleRapporten;

    /// <summary>True when the event was new to this scope.</summary>
    public bool Apply(IAgendaEvent agendaEvent)
    {
        if (!_eventIds.Add(agendaEvent.EventId)) return false;
        if (agendaEvent is not IEntiteitEvent entiteitEvent) return true;
        if (!_historie.TryGetValue(entiteitEvent.EntiteitId, out var historie))
            _historie[entiteitEvent.EntiteitId] = historie = new EntiteitHistorie();
        historie.Add(entiteitEvent);
        Vouw(entiteitEvent.EntiteitId, historie);
        return true;
    }

    /// <summary>Whether any event of this entity was applied (a scope that first hears of an entity may need its history).</summary>
    public bool Kent(Guid entiteitId) => _historie.ContainsKey(entiteitId);

    /// <summary>Every partner report, corrected and withdrawn ones flagged, oldest first.</summary>
    public IReadOnlyList<Voortgangsrapport> Voortgangsrapporten => _alleRapporten ??=
        _rapporten.Values.SelectMany(r => r).OrderBy(r => r.Datum).ThenBy(r => r.EventId).ToList();

    public IEnumerable<ThuiszitterFeit> Thuiszitters => _thuiszitters.Values;
    public IEnumerable<AanbiederFeit> Aanbieders => _aanbieders.Values;
    public IEnumerable<ContractFeit> Contracten => _contracten.Values;
    public IEnumerable<TrajectFeit> Trajecten => _trajecten.Values;
    public IEnumerable<EedVerwijzingFeit> EedVerwijzingen => _verwijzingen.Values;
    public IEnumerable<ComplexeCasusFeit> ComplexeCasussen => _casussen.Values;

    public AanbiederFeit? Aanbieder(Guid aanbiederId) => _aanbieders.GetValueOrDefault(aanbiederId);

    private void Vouw(Guid entiteitId, EntiteitHistorie historie)
    {
        if (_feiten.Remove(entiteitId, out var oud))
        {
            switch (oud)
            {
                case ThuiszitterFeit: _thuiszitters.Remove(entiteitId); break;
                case AanbiederFeit: _aanbieders.Remove(entiteitId); break;
                case ContractFeit: _contracten.Remove(entiteitId); break;
                case TrajectFeit: _trajecten.Remove(entiteitId); break;
                case EedVerwijzingFeit: _verwijzingen.Remove(entiteitId); break;
                case ComplexeCasusFeit: _casussen.Remove(entiteitId); break;
            }
        }

        if (historie.Events.Any(e => e is VoortgangGerapporteerd))
        {
            _rapporten[entiteitId] = Rapporten(historie);
            _alleRapporten = null;
        }

        var feit = EntiteitVouwer.Vouw(historie.Effectieve());
        switch (feit)
        {
            case ThuiszitterFeit f: _thuiszitters[entiteitId] = f; break;
            case AanbiederFeit f: _aanbieders[entiteitId] = f; break;
            case ContractFeit f: _contracten[entiteitId] = f; break;
            case TrajectFeit f: _trajecten[entiteitId] = f; break;
            case EedVerwijzingFeit f: _verwijzingen[entiteitId] = f; break;
            case ComplexeCasusFeit f: _casussen[entiteitId] = f; break;
            default: return;
        }
        _feiten[entiteitId] = feit;
    }

    /// <summary>Every report event of one report, flagged when withdrawn or replaced by an effective correction.</summary>
    private static IReadOnlyList<Voortgangsrapport> Rapporten(EntiteitHistorie historie)
    {
        var ingetrokken = historie.Ingetrokken();
        var vervangen = historie.Vervangen();
        return historie.Events.OfType<VoortgangGerapporteerd>()
            .Select(r => new Voortgangsrapport(r.RapportId, r.EventId, r.Doel, r.Status, r.Toelichting, r.Datum, r.Organisatie,
                r.NaamRapporteur, r.RolRapporteur, vervangen.TryGetValue(r.EventId, out var door) ? door : null, ingetrokken.Contains(r.EventId)))
            .ToList();
    }
}

using Ontwikkelagenda.Contracts.Kpis;

namespace Agenda.Domein.Kpis;

/// <summary>
/// A scope's answers per peildatum, each valid while the scope's version and the version of the region's reports it
/// was computed from are unchanged. Holds a few peildatums (most reads ask for today); the least recently read goes first.
/// </summary>
public sealed class CijferCache(int capaciteit = CijferCache.StandaardCapaciteit)
{
    public const int StandaardCapaciteit = 4;

    private readonly Dictionary<DateOnly, Antwoord> _antwoorden = [];
    private long _klok;

    /// <summary>The cached answer when it is still valid, else the one <paramref name="bereken"/> gives (and keeps).</summary>
    public ScopeCijfers Geef(DateOnly peildatum, long versie, long rapportenVersie, Func<ScopeCijfers> bereken)
    {
        _klok++;
        if (_antwoorden.TryGetValue(peildatum, out var antwoord) && antwoord.Versie == versie && antwoord.RapportenVersie == rapportenVersie)
        {
            antwoord.LaatstGelezen = _klok;
            return antwoord.Cijfers;
        }
        if (antwoord is null && _antwoorden.Count >= capaciteit)
            _antwoorden.Remove(_antwoorden.MinBy(a => a.Value.LaatstGelezen).Key);
        var cijfers = bereken();
        _antwoorden[peildatum] = new Antwoord(cijfers, versie, rapportenVersie) { LaatstGelezen = _klok };
        return cijfers;
    }

    /// <summary>How many peildatums are held (never more than the capacity).</summary>
    public int Aantal => _antwoorden.Count;

    private sealed record Antwoord(ScopeCijfers Cijfers, long Versie, long RapportenVersie)
    {
        public long LaatstGelezen { get; set; }
    }
}

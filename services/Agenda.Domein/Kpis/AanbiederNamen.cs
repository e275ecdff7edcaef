using Agenda.Domein.Feiten;
using Ontwikkelagenda.Contracts.Kpis;

namespace Agenda.Domein.Kpis;

/// <summary>A provider's name: from its registration (corrections applied), else the name the contract or trajectory carried.</summary>
public static class AanbiederNamen
{
    public static Aanbieder Ref(ScopeFeiten feiten, Guid aanbiederId, string naamUitEvent) =>
        new(aanbiederId, feiten.Aanbieder(aanbiederId)?.Naam ?? naamUitEvent);

    public static IReadOnlyList<Aanbieder> Van(ScopeFeiten feiten, IEnumerable<(Guid AanbiederId, string Naam)> aanbieders) =>
        aanbieders.GroupBy(a => a.AanbiederId)
            .Select(g => Ref(feiten, g.Key, g.First().Naam))
            .OrderBy(a => a.Naam, StringComparer.Ordinal).ThenBy(a => a.AanbiederId)
            .ToList();
}

using Agenda.Domein.Data;
using Agenda.Domein.Feiten;
using Ontwikkelagenda.Contracts.Inkoop;

namespace Agenda.Domein.Kpis;

/// <summary>
/// The procurement comparison over the region's facts: providers under active contract per municipality, distinct
/// providers with active trajectories per register school (every school, also with none), and per provider with at
/// least one active contract the municipalities it counts for: for all four, or for only one.
/// </summary>
public static class InkoopVergelijkingCalculator
{
    public static InkoopVergelijking Bereken(ScopeFeiten regioFeiten, DomeinData data, DateOnly peildatum)
    {
        var register = data.Referentiedata;
        var norm = data.AgendaOp(peildatum).NormAanbiedersPerSchool;
        var contracten = regioFeiten.Contracten.Where(c => c.ActiefOp(peildatum)).ToList();
        var trajecten = regioFeiten.Trajecten.Where(t => t.ActiefOp(peildatum)).ToLookup(t => t.Brin);

        var perGemeente = register.RegioGemeenten
            .Select(g => new GemeenteAanbieders(g.Code, AanbiederNamen.Van(regioFeiten,
                contracten.Where(c => c.TeltVoor(g.Code)).Select(c => (c.AanbiederId, c.AanbiederNaam)))))
            .ToList();

        var perSchool = register.Scholen.Where(s => register.InRegio(s.Gemeente))
            .Select(s =>
            {
                var aanbieders = AanbiederNamen.Van(regioFeiten, trajecten[s.Brin].Select(t => (t.AanbiederId, t.AanbiederNaam)));
                return new SchoolAanbieders(s.Brin, s.Gemeente, aanbieders, aanbieders.Count > norm);
            })
            .ToList();

        var overlap = contracten.GroupBy(c => c.AanbiederId)
            .Select(g => new AanbiederOverlap(AanbiederNamen.Ref(regioFeiten, g.Key, g.First().AanbiederNaam),
                register.RegioGemeenten.Select(r => r.Code).Where(code => g.Any(c => c.TeltVoor(code))).ToList()))
            .OrderBy(o => o.Aanbieder.Naam, StringComparer.Ordinal).ThenBy(o => o.Aanbieder.AanbiederId)
            .ToList();

        var alleGemeenten = register.RegioGemeenten.Count;
        return new InkoopVergelijking(peildatum, norm, perGemeente, perSchool, overlap,
            VoorAlleVier: overlap.Count(o => alleGemeenten > 0 && o.Gemeenten.Count == alleGemeenten),
            VoorEen: overlap.Count(o => o.Gemeenten.Count == 1));
    }
}

using Agenda.Domein.Feiten;
using Ontwikkelagenda.Contracts.Kpis;
using Ontwikkelagenda.Contracts.Register;
using Ontwikkelagenda.Contracts.Values;

namespace Agenda.Domein.Kpis;

/// <summary>
/// EED coverage: a primary school (BAO, SBO, SO) of the scope is covered when an EED contract active at the
/// peildatum counts for its municipality (own or subregion) and serves it (listed, or the whole municipality);
/// by count and weighted by the pupils of the school year holding the peildatum. Referrals up to the peildatum,
/// their treatment starts up to it, and the median days from referral to start.
/// </summary>
public static class EedKpiCalculator
{
    public static EedCijfers Bereken(ScopeAfbakening scope, ScopeFeiten feiten, DateOnly peildatum)
    {
        var contracten = feiten.Contracten.Where(c => c.Soort == ContractSoort.Eed && c.ActiefOp(peildatum)).ToList();
        var primair = scope.Scholen().Where(s => s.Soort is SchoolSoort.Bao or SchoolSoort.Sbo or SchoolSoort.So).ToList();
        var gedekt = primair.Where(s => contracten.Any(c => c.Bedient(s.Brin, s.Gemeente))).ToList();
        int Leerlingen(IEnumerable<Referentie.RegisterSchool> scholen) => scholen.Sum(s => scope.Register.LeerlingenVan(s.Brin, peildatum) ?? 0);

        var verwijzingen = feiten.EedVerwijzingen.Where(v => v.Verwijsdatum <= peildatum && scope.BrinTelt(v.Brin)).ToList();
        var gestart = verwijzingen.Where(v => v.Behandelstart <= peildatum).ToList();

        return new EedCijfers(primair.Count, gedekt.Count,
            Aandeel.Procent(gedekt.Count, primair.Count),
            Aandeel.Procent(Leerlingen(gedekt), Leerlingen(primair)),
            verwijzingen.Count, gestart.Count, verwijzingen.Count - gestart.Count,
            Aandeel.Mediaan(gestart.Select(v => v.Behandelstart!.Value.DayNumber - v.Verwijsdatum.DayNumber)));
    }
}

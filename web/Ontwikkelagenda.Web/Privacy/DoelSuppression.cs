using Agenda.Api.Client;
using Ontwikkelagenda.Contracts.Kpis;
using Ontwikkelagenda.Contracts.Agenda;

namespace Ontwikkelagenda.Web.Privacy;

/// <summary>
/// Small-number suppression for the agenda goals side by side (the same rules as <see cref="SmallNumberSuppression"/>):
/// <list type="number">
/// <item>A goal whose KPI counts children's cases (goal 5, thuiszitters longer than three months): 1 to 4 is "&lt;5";
/// the region's count is withheld as soon as any municipality's is (it is their sum).</item>
/// <item>A goal whose KPI is a percentage of children's cases or trajectories (goal 4 casusregie, goal 2 light
/// trajectories): withheld when its base is 1 to 4.</item>
/// <item>A KPI about schools (goal 3, goal 6) is shown as it is: a school is no person.</item>
/// <item>The status of a withheld value shows only what holds for every value it could have (see
/// <see cref="StatusWeergaven.Gemeenschappelijk"/>): for a count, a municipality's lies in 1-4 and the region's in
/// the shown municipalities' sum plus 1-4 per withheld one; for a percentage nothing is said.</item>
/// </list>
/// A partner report's status is shown as it is: it is a professional's judgement, not a number.
/// </summary>
public static class DoelSuppression
{
    /// <summary>Every goal of the agenda, in order, with the overview's figures protected.</summary>
    public static IReadOnlyList<ProtectedDoelRij> Apply(RegioOverzicht overzicht, IReadOnlyList<Doel> doelen) =>
        doelen.OrderBy(d => d.Nummer).Select(doel => Rij(overzicht, doel)).ToList();

    private static ProtectedDoelRij Rij(RegioOverzicht overzicht, Doel doel)
    {
        var soort = DoelKpiSoorten.Van(doel.Kpi);
        var gemeenteStanden = overzicht.Gemeenten.Select(g => StandVan(g.Doelen, doel.Nummer)).ToList();
        var regioStand = StandVan(overzicht.Regio.Doelen, doel.Nummer);

        IReadOnlyList<ProtectedDoelCel> gemeenten;
        ProtectedDoelCel regio;
        switch (soort)
        {
            case DoelKpiSoort.Aantal when gemeenteStanden.All(s => s?.KpiWaarde is not null) && regioStand?.KpiWaarde is not null:
                (gemeenten, regio) = Aantallen(gemeenteStanden!, regioStand, doel.Grenzen);
                break;
            case DoelKpiSoort.AandeelVanZaken:
                gemeenten = overzicht.Gemeenten
                    .Select((g, i) => Aandeel(gemeenteStanden[i], Basis(doel.Kpi, g.Regie, g.Trajecten)))
                    .ToList();
                regio = Aandeel(regioStand, Basis(doel.Kpi, overzicht.Regio.Regie, overzicht.Regio.Trajecten));
                break;
            case DoelKpiSoort.Aantal:
                // A count without a value somewhere (should not happen): show nothing rather than guess.
                gemeenten = gemeenteStanden.Select(_ => Leeg(Onderdrukking.Secondary)).ToList();
                regio = Leeg(Onderdrukking.Secondary);
                break;
            default:
                gemeenten = gemeenteStanden.Select(Openbaar).ToList();
                regio = Openbaar(regioStand);
                break;
        }
        return new ProtectedDoelRij(doel.Nummer, doel.Titel, doel.Kpi, doel.Streefwaarde, soort, gemeenten, regio);
    }

    private static (IReadOnlyList<ProtectedDoelCel>, ProtectedDoelCel) Aantallen(
        IReadOnlyList<DoelStand> gemeenten, DoelStand regio, Statusgrenzen? grenzen)
    {
        var waarden = gemeenten.Select(s => (int)s.KpiWaarde!.Value).ToList();
        var groep = BeschermdeGroep.Van(waarden, (int)regio.KpiWaarde!.Value);

        var cellen = gemeenten.Select((s, i) => Cel(s, groep.Parts[i], grenzen, 1, KleineAantallen.Drempel - 1)).ToList();

        // The region's withheld total: the shown municipalities' sum plus 1 to 4 for each withheld one.
        var getoond = groep.Parts.Where(p => p.IsShown).Sum(p => (int)p.Value!.Value);
        var verborgen = groep.Parts.Count(p => !p.IsShown);
        var regioCel = Cel(regio, groep.Total, grenzen, getoond + verborgen, getoond + verborgen * (KleineAantallen.Drempel - 1));
        return (cellen, regioCel);
    }

    private static ProtectedDoelCel Cel(DoelStand stand, Cijfer waarde, Statusgrenzen? grenzen, int laagste, int hoogste)
    {
        var status = waarde.IsShown
            ? stand.KpiStatus?.ToWeergave()
            : grenzen is null ? null : StatusWeergaven.Gemeenschappelijk(laagste, hoogste, grenzen);
        return new ProtectedDoelCel(waarde, status, stand.RapportStatus, stand.RapportDatum);
    }

    private static ProtectedDoelCel Aandeel(DoelStand? stand, int basis)
    {
        if (stand is null) return Leeg(Onderdrukking.None);
        var waarde = Cijfer.Percentage(stand.KpiWaarde, basis);
        var status = waarde.IsShown ? stand.KpiStatus?.ToWeergave() : StatusWeergave.NietGetoond;
        return new ProtectedDoelCel(waarde, status, stand.RapportStatus, stand.RapportDatum);
    }

    private static ProtectedDoelCel Openbaar(DoelStand? stand) =>
        stand is null
            ? Leeg(Onderdrukking.None)
            : new ProtectedDoelCel(Cijfer.Shown(stand.KpiWaarde), stand.KpiStatus?.ToWeergave(), stand.RapportStatus, stand.RapportDatum);

    private static ProtectedDoelCel Leeg(Onderdrukking protection) =>
        new(protection == Onderdrukking.None ? Cijfer.Shown(null) : Cijfer.Withheld(protection), null, null, null);

    private static int Basis(string? kpi, RegieCijfers regie, TrajectCijfers trajecten) =>
        kpi == KpiSleutels.RegieAandeelMetCasusregisseur ? regie.OpenCasussen : trajecten.Actief;

    private static DoelStand? StandVan(IReadOnlyList<DoelStand> standen, int nummer) =>
        standen.FirstOrDefault(s => s.Nummer == nummer);
}

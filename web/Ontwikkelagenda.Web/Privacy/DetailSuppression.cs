using Agenda.Api.Client;
using Ontwikkelagenda.Contracts.Kpis;

namespace Ontwikkelagenda.Web.Privacy;

/// <summary>
/// Small-number suppression for the detail pages of a municipality, SWV or school, built on the rules of
/// <see cref="SmallNumberSuppression"/> (counts 1-4 as "&lt;5", rates only beside a shown count, percentages
/// solved only on 5 or more closed cases). What a detail page adds:
/// <list type="number">
/// <item><b>Kinds and their total</b>: the thuiszitters total is absoluut plus langdurig relatief (open and longer than
/// three months), and so is the school year's count; EED referrals are started plus waiting; active trajectories are
/// light plus heavy. Each is a group: the total is withheld as soon as one of its parts is.</item>
/// <item><b>Shares</b> (with a casusregisseur, light trajectories) are shown only when both the count they share
/// and the count they share of are shown: a share next to a shown base gives the part back, and next to a shown
/// part gives the base back.</item>
/// <item><b>Median days to treatment</b> is shown only when the number started is shown: the median of 1 to 4
/// referrals describes those few children.</item>
/// <item><b>Goal KPIs</b> take the protection of the figure they are (thuiszitters.langerDanDrieMaanden is the total's
/// count); a KPI this page does not know is withheld, since it may count children; the KPI status is withheld with
/// its value.</item>
/// <item><b>Procurement and EED coverage</b> count providers and schools, not children: shown as they are.</item>
/// </list>
/// </summary>
public static class DetailSuppression
{
    public static ProtectedDetail Apply(GemeenteDetail d) =>
        Apply(d.Peildatum, d.Thuiszitters, d.Absoluut, d.LangdurigRelatief, d.Jaartelling, d.Inkoop, d.Eed, d.Regie, d.Trajecten, d.Doelen);

    public static ProtectedDetail Apply(SwvDetail d) =>
        Apply(d.Peildatum, d.Thuiszitters, d.Absoluut, d.LangdurigRelatief, d.Jaartelling, d.Inkoop, d.Eed, d.Regie, d.Trajecten, d.Doelen);

    public static ProtectedDetail Apply(SchoolDetail d) =>
        Apply(d.Peildatum, d.Thuiszitters, d.Absoluut, d.LangdurigRelatief, d.Jaartelling, d.Inkoop, d.Eed, d.Regie, d.Trajecten, d.Doelen);

    public static ProtectedDetail Apply(
        DateOnly peildatum,
        ThuiszitterCijfers totaal,
        ThuiszitterCijfers absoluut,
        ThuiszitterCijfers langdurigRelatief,
        JaartellingCijfers jaartelling,
        InkoopCijfers inkoop,
        EedCijfers eed,
        RegieCijfers regie,
        TrajectCijfers trajecten,
        IReadOnlyList<DoelStand> doelen)
    {
        var thuiszitters = Protect(totaal, absoluut, langdurigRelatief);
        var protectedTrajecten = Protect(trajecten);
        var protectedRegie = Protect(regie);
        var kpis = new Dictionary<string, Cijfer>
        {
            ["thuiszitters.open"] = thuiszitters.Totaal.Open,
            [KpiSleutels.ThuiszittersLangerDanDrieMaanden] = thuiszitters.Totaal.LangerDanDrieMaanden,
            ["thuiszitters.perDuizend"] = thuiszitters.Totaal.PerDuizend,
            ["thuiszitters.binnenDrieMaandenOpgelost"] = thuiszitters.Totaal.BinnenDrieMaandenOpgelost,
            [KpiSleutels.TrajectenAandeelLicht] = protectedTrajecten.AandeelLicht,
            [KpiSleutels.RegieAandeelMetCasusregisseur] = protectedRegie.AandeelMetCasusregisseur,
            ["regie.langerDanTwaalfWeken"] = protectedRegie.LangerDanTwaalfWeken,
            [KpiSleutels.EedDekking] = Cijfer.Shown(eed.Dekking),
            ["eed.dekkingNaarLeerlingen"] = Cijfer.Shown(eed.DekkingNaarLeerlingen),
            [KpiSleutels.InkoopScholenBovenNorm] = Cijfer.Shown(inkoop.ScholenBovenNorm),
            ["inkoop.aanbiedersOnderContract"] = Cijfer.Shown(inkoop.AanbiedersOnderContract),
            ["inkoop.aanbiedersBijSchool"] = Cijfer.Shown(inkoop.AanbiedersBijSchool),
            ["inkoop.maxAanbiedersPerSchool"] = Cijfer.Shown(inkoop.MaxAanbiedersPerSchool),
        };

        return new ProtectedDetail(
            peildatum,
            thuiszitters,
            Protect(jaartelling),
            inkoop,
            Protect(eed),
            protectedRegie,
            protectedTrajecten,
            [.. doelen.Select(d => Protect(d, kpis))]);
    }

    public static ProtectedThuiszitters Protect(ThuiszitterCijfers totaal, ThuiszitterCijfers absoluut, ThuiszitterCijfers langdurigRelatief)
    {
        var open = SmallNumberSuppression.ProtectGroup([absoluut.Open, langdurigRelatief.Open], totaal.Open);
        var langer = SmallNumberSuppression.ProtectGroup(
            [absoluut.LangerDanDrieMaanden, langdurigRelatief.LangerDanDrieMaanden], totaal.LangerDanDrieMaanden);
        return new ProtectedThuiszitters(
            SmallNumberSuppression.Protect(totaal, open.Total, langer.Total),
            SmallNumberSuppression.Protect(absoluut, open.Parts[0], langer.Parts[0]),
            SmallNumberSuppression.Protect(langdurigRelatief, open.Parts[1], langer.Parts[1]),
            Cijfer.Percentage(totaal.AfgeslotenMetVrijstelling, totaal.Afgesloten));
    }

    public static ProtectedJaartelling Protect(JaartellingCijfers jaartelling)
    {
        var counts = SmallNumberSuppression.ProtectGroup([jaartelling.Absoluut, jaartelling.LangdurigRelatief], jaartelling.Totaal);
        return new ProtectedJaartelling(
            jaartelling.Schooljaar,
            counts.Total,
            counts.Parts[0],
            counts.Parts[1],
            Cijfer.Rate(jaartelling.TotaalPerDuizend, counts.Total),
            Cijfer.Rate(jaartelling.AbsoluutPerDuizend, counts.Parts[0]),
            Cijfer.Rate(jaartelling.LangdurigRelatiefPerDuizend, counts.Parts[1]));
    }

    public static ProtectedEed Protect(EedCijfers eed)
    {
        var verwijzingen = SmallNumberSuppression.ProtectGroup([eed.Gestart, eed.Wachtend], eed.Verwijzingen);
        var gestart = verwijzingen.Parts[0];
        return new ProtectedEed(
            eed.PrimaireScholen,
            eed.GedekteScholen,
            eed.Dekking,
            eed.DekkingNaarLeerlingen,
            verwijzingen.Total,
            gestart,
            verwijzingen.Parts[1],
            gestart.IsShown ? Cijfer.Shown(eed.MediaanDagenTotStart) : Cijfer.Withheld(Onderdrukking.SmallBase));
    }

    public static ProtectedRegie Protect(RegieCijfers regie)
    {
        var open = Cijfer.Count(regie.OpenCasussen);
        var met = Cijfer.Count(regie.MetCasusregisseur);
        return new ProtectedRegie(open, met, Share(regie.AandeelMetCasusregisseur, met, open),
            Cijfer.Count(regie.LangerDanTwaalfWeken));
    }

    public static ProtectedTrajecten Protect(TrajectCijfers trajecten)
    {
        var actief = SmallNumberSuppression.ProtectGroup([trajecten.Licht, trajecten.Zwaar], trajecten.Actief);
        var licht = actief.Parts[0];
        return new ProtectedTrajecten(actief.Total, licht, actief.Parts[1], Share(trajecten.AandeelLicht, licht, actief.Total));
    }

    /// <summary>A share of <paramref name="whole"/> that is <paramref name="part"/>: shown only when both counts are.</summary>
    public static Cijfer Share(decimal? share, Cijfer part, Cijfer whole) =>
        (part.IsShown, whole.IsShown) switch
        {
            (true, true) => Cijfer.Shown(share),
            (_, false) when whole.Onderdrukking == Onderdrukking.SmallNumber => Cijfer.Withheld(Onderdrukking.SmallBase),
            _ => Cijfer.Withheld(Onderdrukking.RevealsCount),
        };

    private static BeschermdeDoelStand Protect(DoelStand stand, IReadOnlyDictionary<string, Cijfer> kpis)
    {
        var waarde = stand.Kpi switch
        {
            null => Cijfer.Shown(null),
            { } kpi when kpis.TryGetValue(kpi, out var figure) =>
                figure.IsShown ? Cijfer.Shown(stand.KpiWaarde) : Cijfer.Withheld(figure.Onderdrukking),
            _ => Cijfer.Withheld(Onderdrukking.RevealsCount),
        };
        return new BeschermdeDoelStand(stand.Nummer, stand.Titel, stand.Kpi, waarde, stand.Streefwaarde,
            waarde.IsShown ? stand.KpiStatus : null, stand.RapportStatus, stand.RapportDatum);
    }
}

using Agenda.Api.Client;
using Ontwikkelagenda.Contracts.Kpis;

namespace Agenda.Api.Privacy;

/// <summary>
/// Every KPI family of one municipality, SWV or school as Agenda.Api gives it: exact for a caller with case rights for
/// the place (<see cref="Inzage"/>), otherwise with small-number suppression (domain.md, Privacy):
/// <list type="number">
/// <item><b>Counts</b> of 1 to 4 are "&lt;5"; 0 stays 0.</item>
/// <item><b>Kinds and their total</b>: the thuiszitters total is absoluut plus langdurig relatief (open and longer than
/// three months), and so is the school year's count; EED referrals are started plus waiting; active trajectories are
/// light plus heavy. Each is a group: the total is withheld as soon as one of its parts is.</item>
/// <item><b>Per 1.000</b> is withheld with its count (the denominators are public); a <b>percentage of closed cases</b>
/// when it rests on 1 to 4 closed cases.</item>
/// <item><b>Shares</b> (with a casusregisseur, light trajectories) are shown only when both the count they share
/// and the count they share of are shown: a share next to a shown base gives the part back, and next to a shown
/// part gives the base back.</item>
/// <item><b>Median days to treatment</b> is shown only when the number started is shown: the median of 1 to 4
/// referrals describes those few children.</item>
/// <item><b>Goal KPIs</b> take the protection of the figure they are (thuiszitters.langerDanDrieMaanden is the total's
/// count); a KPI this answer does not know is withheld, since it may count children; the KPI status is withheld with
/// its value.</item>
/// <item><b>Procurement and EED coverage</b> count providers and schools, not children: shown as they are.</item>
/// </list>
/// Not closed yet (docs/rights.md): a parent's count minus its children's shown counts across two answers (an SWV's
/// count minus those of its schools).
/// </summary>
public sealed class DetailBescherming(bool exact)
{
    public static BeschermdeDetail Van(DateOnly peildatum, ScopeCijfers cijfers, bool exact) =>
        new DetailBescherming(exact).Apply(peildatum, cijfers);

    private BeschermdeDetail Apply(DateOnly peildatum, ScopeCijfers c)
    {
        var thuiszitters = Thuiszitters(c.Thuiszitters, c.Absoluut, c.LangdurigRelatief);
        var trajecten = Trajecten(c.Trajecten);
        var regie = Regie(c.Regie);
        var kpis = new Dictionary<string, Cijfer>
        {
            ["thuiszitters.open"] = thuiszitters.Totaal.Open,
            [KpiSleutels.ThuiszittersLangerDanDrieMaanden] = thuiszitters.Totaal.LangerDanDrieMaanden,
            ["thuiszitters.perDuizend"] = thuiszitters.Totaal.PerDuizend,
            ["thuiszitters.binnenDrieMaandenOpgelost"] = thuiszitters.Totaal.BinnenDrieMaandenOpgelost,
            [KpiSleutels.TrajectenAandeelLicht] = trajecten.AandeelLicht,
            [KpiSleutels.RegieAandeelMetCasusregisseur] = regie.AandeelMetCasusregisseur,
            ["regie.langerDanTwaalfWeken"] = regie.LangerDanTwaalfWeken,
            [KpiSleutels.EedDekking] = Cijfer.Shown(c.Eed.Dekking),
            ["eed.dekkingNaarLeerlingen"] = Cijfer.Shown(c.Eed.DekkingNaarLeerlingen),
            [KpiSleutels.InkoopScholenBovenNorm] = Cijfer.Shown(c.Inkoop.ScholenBovenNorm),
            ["inkoop.aanbiedersOnderContract"] = Cijfer.Shown(c.Inkoop.AanbiedersOnderContract),
            ["inkoop.aanbiedersBijSchool"] = Cijfer.Shown(c.Inkoop.AanbiedersBijSchool),
            ["inkoop.maxAanbiedersPerSchool"] = Cijfer.Shown(c.Inkoop.MaxAanbiedersPerSchool),
        };

        return new BeschermdeDetail(
            peildatum,
            thuiszitters,
            Jaartelling(c.Jaartelling),
            c.Inkoop,
            Eed(c.Eed),
            regie,
            trajecten,
            [.. c.Doelen.Select(d => Doel(d, kpis))]);
    }

    public BeschermdeThuiszitters Thuiszitters(ThuiszitterCijfers totaal, ThuiszitterCijfers absoluut, ThuiszitterCijfers langdurigRelatief)
    {
        var open = BeschermdeGroep.Van([absoluut.Open, langdurigRelatief.Open], totaal.Open, exact);
        var langer = BeschermdeGroep.Van([absoluut.LangerDanDrieMaanden, langdurigRelatief.LangerDanDrieMaanden], totaal.LangerDanDrieMaanden, exact);
        return new BeschermdeThuiszitters(
            BeschermdeThuiszitterCijfers.Van(totaal, open.Total, langer.Total, exact),
            BeschermdeThuiszitterCijfers.Van(absoluut, open.Parts[0], langer.Parts[0], exact),
            BeschermdeThuiszitterCijfers.Van(langdurigRelatief, open.Parts[1], langer.Parts[1], exact),
            Percentage(totaal.AfgeslotenMetVrijstelling, totaal.Afgesloten));
    }

    public BeschermdeJaartelling Jaartelling(JaartellingCijfers jaartelling)
    {
        var counts = BeschermdeGroep.Van([jaartelling.Absoluut, jaartelling.LangdurigRelatief], jaartelling.Totaal, exact);
        return new BeschermdeJaartelling(
            jaartelling.Schooljaar,
            counts.Total,
            counts.Parts[0],
            counts.Parts[1],
            Cijfer.Rate(jaartelling.TotaalPerDuizend, counts.Total),
            Cijfer.Rate(jaartelling.AbsoluutPerDuizend, counts.Parts[0]),
            Cijfer.Rate(jaartelling.LangdurigRelatiefPerDuizend, counts.Parts[1]));
    }

    public BeschermdeEed Eed(EedCijfers eed)
    {
        var verwijzingen = BeschermdeGroep.Van([eed.Gestart, eed.Wachtend], eed.Verwijzingen, exact);
        var gestart = verwijzingen.Parts[0];
        return new BeschermdeEed(
            eed.PrimaireScholen,
            eed.GedekteScholen,
            eed.Dekking,
            eed.DekkingNaarLeerlingen,
            verwijzingen.Total,
            gestart,
            verwijzingen.Parts[1],
            gestart.IsShown ? Cijfer.Shown(eed.MediaanDagenTotStart) : Cijfer.Withheld(Onderdrukking.SmallBase));
    }

    public BeschermdeRegie Regie(RegieCijfers regie)
    {
        var open = Count(regie.OpenCasussen);
        var met = Count(regie.MetCasusregisseur);
        return new BeschermdeRegie(open, met, Share(regie.AandeelMetCasusregisseur, met, open), Count(regie.LangerDanTwaalfWeken));
    }

    public BeschermdeTrajecten Trajecten(TrajectCijfers trajecten)
    {
        var actief = BeschermdeGroep.Van([trajecten.Licht, trajecten.Zwaar], trajecten.Actief, exact);
        var licht = actief.Parts[0];
        return new BeschermdeTrajecten(actief.Total, licht, actief.Parts[1], Share(trajecten.AandeelLicht, licht, actief.Total));
    }

    private Cijfer Count(int count) => exact ? Cijfer.Shown(count) : Cijfer.Count(count);

    private Cijfer Percentage(decimal? percentage, int basis) => exact ? Cijfer.Shown(percentage) : Cijfer.Percentage(percentage, basis);

    /// <summary>A share of <paramref name="whole"/> that is <paramref name="part"/>: shown only when both counts are.</summary>
    public static Cijfer Share(decimal? share, Cijfer part, Cijfer whole) =>
        (part.IsShown, whole.IsShown) switch
        {
            (true, true) => Cijfer.Shown(share),
            (_, false) when whole.Onderdrukking == Onderdrukking.SmallNumber => Cijfer.Withheld(Onderdrukking.SmallBase),
            _ => Cijfer.Withheld(Onderdrukking.RevealsCount),
        };

    private BeschermdeDoelStand Doel(DoelStand stand, IReadOnlyDictionary<string, Cijfer> kpis)
    {
        var waarde = stand.Kpi switch
        {
            null => Cijfer.Shown(null),
            _ when exact => Cijfer.Shown(stand.KpiWaarde),
            { } kpi when kpis.TryGetValue(kpi, out var figure) =>
                figure.IsShown ? Cijfer.Shown(stand.KpiWaarde) : Cijfer.Withheld(figure.Onderdrukking),
            _ => Cijfer.Withheld(Onderdrukking.RevealsCount),
        };
        return DoelKpiBescherming.Stand(stand, waarde);
    }
}

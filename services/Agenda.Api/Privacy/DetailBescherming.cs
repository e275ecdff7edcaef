using Agenda.Api.Client;
using Ontwikkelagenda.Contracts.Kpis;

namespace Agenda.Api.Privacy;

/// <summary>
/// Every KPI family of one municipality, SWV, school or the region as Agenda.Api gives it: exact for a caller with case
/// rights for the place (<see cref="Inzage"/>), otherwise with small-number suppression (domain.md, Privacy). The counts
/// come protected from the answer's <see cref="Telling"/> (every count of 1 to 4 "&lt;5", and every sum of counts
/// guarded); what is derived from them follows:
/// <list type="number">
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
public sealed class DetailBescherming(ScopeCijfers c, ScopeTelling cellen, IReadOnlyList<Cijfer> tellingen, bool exact)
{
    /// <summary>One scope on its own: the detail answer of a municipality, SWV or school.</summary>
    public static BeschermdeDetail Van(DateOnly peildatum, ScopeCijfers cijfers, bool exact)
    {
        var telling = new Telling();
        var cellen = ScopeTelling.Van(telling, cijfers, exact);
        return new DetailBescherming(cijfers, cellen, telling.Bescherm(), exact).Detail(peildatum);
    }

    public BeschermdeDetail Detail(DateOnly peildatum)
    {
        var thuiszitters = Thuiszitters();
        var trajecten = Trajecten();
        var regie = Regie();
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
            Jaartelling(),
            c.Inkoop,
            Eed(),
            regie,
            trajecten,
            [.. c.Doelen.Select(d => Doel(d, kpis))]);
    }

    private Cijfer Telling(TelCel cel) => tellingen[cel.Index];

    private BeschermdeThuiszitters Thuiszitters() => new(
        Gebied(c.Thuiszitters, Telling(cellen.Open), Telling(cellen.Langer)),
        Gebied(c.Absoluut, Telling(cellen.AbsoluutOpen), Telling(cellen.AbsoluutLanger)),
        Gebied(c.LangdurigRelatief, Telling(cellen.LangdurigRelatiefOpen), Telling(cellen.LangdurigRelatiefLanger)),
        Telling(cellen.KorterDanVierWeken),
        Telling(cellen.VierWekenTotDrieMaanden),
        exact ? Cijfer.Shown(c.Thuiszitters.AfgeslotenMetVrijstelling) : Cijfer.Percentage(c.Thuiszitters.AfgeslotenMetVrijstelling, c.Thuiszitters.Afgesloten));

    /// <summary>
    /// The figures of one area beside its protected counts: the rate goes with the open count (its denominator is
    /// public), the share solved within three months with its base of closed cases. The status says whether the
    /// longer-than-three-months count is 0: told beside a shown count or a "&lt;5", never beside one withheld otherwise.
    /// </summary>
    private BeschermdeThuiszitterCijfers Gebied(ThuiszitterCijfers cijfers, Cijfer open, Cijfer langer) => new(
        open,
        langer,
        Cijfer.Rate(cijfers.PerDuizend, open),
        exact ? Cijfer.Shown(cijfers.BinnenDrieMaandenOpgelost) : Cijfer.Percentage(cijfers.BinnenDrieMaandenOpgelost, cijfers.Afgesloten),
        langer.IsShown || langer.Onderdrukking == Onderdrukking.SmallNumber
            ? cijfers.LangerDanDrieMaanden == 0 ? ThuiszitterStatus.OpKoers : ThuiszitterStatus.Achter
            : null);

    private BeschermdeJaartelling Jaartelling()
    {
        var (totaal, absoluut, langdurig) = (Telling(cellen.Jaartelling), Telling(cellen.JaartellingAbsoluut), Telling(cellen.JaartellingLangdurigRelatief));
        var j = c.Jaartelling;
        return new BeschermdeJaartelling(
            j.Schooljaar, totaal, absoluut, langdurig,
            Cijfer.Rate(j.TotaalPerDuizend, totaal), Cijfer.Rate(j.AbsoluutPerDuizend, absoluut), Cijfer.Rate(j.LangdurigRelatiefPerDuizend, langdurig));
    }

    private BeschermdeEed Eed()
    {
        var gestart = Telling(cellen.Gestart);
        return new BeschermdeEed(
            c.Eed.PrimaireScholen,
            c.Eed.GedekteScholen,
            c.Eed.Dekking,
            c.Eed.DekkingNaarLeerlingen,
            Telling(cellen.Verwijzingen),
            gestart,
            Telling(cellen.Wachtend),
            gestart.IsShown ? Cijfer.Shown(c.Eed.MediaanDagenTotStart) : Cijfer.Withheld(Onderdrukking.SmallBase));
    }

    private BeschermdeRegie Regie()
    {
        var open = Telling(cellen.RegieOpen);
        var met = Telling(cellen.MetCasusregisseur);
        return new BeschermdeRegie(open, met, Share(c.Regie.AandeelMetCasusregisseur, met, open), Telling(cellen.LangerDanTwaalfWeken));
    }

    private BeschermdeTrajecten Trajecten()
    {
        var (actief, licht) = (Telling(cellen.Actief), Telling(cellen.Licht));
        return new BeschermdeTrajecten(actief, licht, Telling(cellen.Zwaar), Share(c.Trajecten.AandeelLicht, licht, actief));
    }

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

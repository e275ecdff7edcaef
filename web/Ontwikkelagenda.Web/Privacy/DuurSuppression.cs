using Agenda.Api.Client;
using Ontwikkelagenda.Contracts.Kpis;

namespace Ontwikkelagenda.Web.Privacy;

/// <summary>
/// Small-number suppression for open cases by duration: under four weeks (a), four weeks to three months (b)
/// and longer than three months (c), which add up to the open total (O). The Regio-overzicht already shows O
/// and c under <see cref="SmallNumberSuppression"/>'s rules, so this page shows them the same way and must
/// keep a and b from giving a withheld figure back:
/// <list type="number">
/// <item>O and c exactly as on the Regio-overzicht: 1 to 4 is "&lt;5"; the region's is withheld as soon as a
/// municipality's is.</item>
/// <item>a and b: when any of a, b, c or O of an area is not shown, both a and b are withheld ("niet getoond",
/// also the one that is 1 to 4). Showing one of them, or "&lt;5" beside "niet getoond", gives the other back
/// (or narrows it to one value) through a + b = O - c: with O = 6 and c = 0, "&lt;5" beside a withheld
/// 0-or-5-and-more leaves only a = 1.</item>
/// <item>The region's a (and b) is withheld as soon as any municipality's is (it is their sum); then rule 2
/// applies to the region as well.</item>
/// <item>Per 1.000 is withheld with O; the percentages solved within three months and closed by exemption are
/// withheld when they rest on 1 to 4 closed cases.</item>
/// </list>
/// <c>DuurSuppressionTests</c> proves by brute force that no figure of 1 to 4 can be worked out from the page.
/// </summary>
public static class DuurSuppression
{
    public static ProtectedDuurOverzicht Apply(RegioOverzicht overzicht)
    {
        var (gemeenten, regio) = Protect(overzicht.Gemeenten.Select(g => g.Thuiszitters).ToList(), overzicht.Regio.Thuiszitters);
        return new ProtectedDuurOverzicht(
            overzicht.Peildatum,
            overzicht.Gemeenten.Select((g, i) => new ProtectedDuurGebied(g.Code, g.Naam, gemeenten[i])).ToList(),
            regio);
    }

    /// <summary>The parts of a total (municipalities of the region) and the total, protected together.</summary>
    public static (IReadOnlyList<ProtectedDuur> Delen, ProtectedDuur Totaal) Protect(IReadOnlyList<ThuiszitterCijfers> delen, ThuiszitterCijfers totaal)
    {
        var open = BeschermdeGroep.Van(delen.Select(d => d.Open).ToList(), totaal.Open);
        var langer = BeschermdeGroep.Van(delen.Select(d => d.LangerDanDrieMaanden).ToList(), totaal.LangerDanDrieMaanden);
        var korter = BeschermdeGroep.Van(delen.Select(d => d.KorterDanVierWeken).ToList(), totaal.KorterDanVierWeken);
        var tussen = BeschermdeGroep.Van(delen.Select(Tussen).ToList(), Tussen(totaal));

        var beschermdeDelen = delen
            .Select((d, i) => Duur(d, open.Parts[i], korter.Parts[i], tussen.Parts[i], langer.Parts[i]))
            .ToList();

        // The region's a and b: withheld when any municipality's is, for whatever reason (rule 3).
        var regioKorter = beschermdeDelen.All(d => d.KorterDanVierWeken.IsShown) ? korter.Total : Cijfer.Withheld(Onderdrukking.Secondary);
        var regioTussen = beschermdeDelen.All(d => d.VierWekenTotDrieMaanden.IsShown) ? tussen.Total : Cijfer.Withheld(Onderdrukking.Secondary);
        return (beschermdeDelen, Duur(totaal, open.Total, regioKorter, regioTussen, langer.Total));
    }

    /// <summary>Four weeks to three months: what is open and in neither of the other two.</summary>
    public static int Tussen(ThuiszitterCijfers cijfers) => cijfers.Open - cijfers.KorterDanVierWeken - cijfers.LangerDanDrieMaanden;

    private static ProtectedDuur Duur(ThuiszitterCijfers cijfers, Cijfer open, Cijfer korter, Cijfer tussen, Cijfer langer)
    {
        // Rule 2: a and b are shown together or not at all.
        if (!(open.IsShown && korter.IsShown && tussen.IsShown && langer.IsShown))
        {
            korter = Cijfer.Withheld(Onderdrukking.Secondary);
            tussen = Cijfer.Withheld(Onderdrukking.Secondary);
        }
        return new ProtectedDuur(
            open, korter, tussen, langer,
            Cijfer.Rate(cijfers.PerDuizend, open),
            Cijfer.Percentage(cijfers.BinnenDrieMaandenOpgelost, cijfers.Afgesloten),
            Cijfer.Percentage(cijfers.AfgeslotenMetVrijstelling, cijfers.Afgesloten));
    }
}

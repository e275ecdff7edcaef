using Agenda.Api.Client;
using Ontwikkelagenda.Contracts.Kpis;

namespace Ontwikkelagenda.Web.Privacy;

/// <summary>
/// Small-number suppression for views without case rights (domain.md, Privacy): a count of 1 to 4
/// is shown as "&lt;5", 0 stays 0, and no withheld count may be derivable from what is shown
/// next to it. The rules, per figure:
/// <list type="number">
/// <item><b>Counts</b> (open, longer than three months): 1 to 4 is withheld as a small number.</item>
/// <item><b>Region total</b>: the region is exactly the sum of its four municipalities, so as soon
/// as any municipality's count is withheld, the region's count is withheld too (secondary
/// suppression); otherwise "total minus the others" gives it back, and with several withheld
/// municipalities their sum would narrow them down (four times "&lt;5" with a total of 4 means 1 each).
/// We withhold the total rather than a second municipality: hiding a larger municipality only
/// protects when the pair's sum is big enough, which needs interval bookkeeping for little gain.</item>
/// <item><b>Per 1.000</b>: the denominators (young people 5-17, enrolled pupils) are public, so a rate
/// is withheld whenever its count is withheld, for whatever reason.</item>
/// <item><b>Binnen drie maanden opgelost</b>: a percentage is withheld when it rests on 1 to 4 closed
/// cases (the API gives that base, not shown here): with so small a base the percentage names the
/// number solved. Percentages cannot be combined into counts without their bases, so no secondary
/// suppression is needed for them.</item>
/// <item><b>Samenwerkingsverbanden</b> get rules 1, 3 and 4. Their counts do not add up to the region
/// (cases without a school, or at a school outside the register, count for no SWV), so no shown
/// figure gives a withheld SWV count back.</item>
/// </list>
/// </summary>
public static class SmallNumberSuppression
{
    public static ProtectedRegioOverzicht Apply(RegioOverzicht overzicht)
    {
        var gemeenten = overzicht.Gemeenten;
        var regio = overzicht.Regio.Thuiszitters;

        var open = BeschermdeGroep.Van(gemeenten.Select(g => g.Thuiszitters.Open).ToList(), regio.Open);
        var langer = BeschermdeGroep.Van(gemeenten.Select(g => g.Thuiszitters.LangerDanDrieMaanden).ToList(), regio.LangerDanDrieMaanden);

        var protectedGemeenten = gemeenten
            .Select((g, i) => new ProtectedGebied(g.Code, g.Naam, BeschermdeThuiszitterCijfers.Van(g.Thuiszitters, open.Parts[i], langer.Parts[i])))
            .ToList();
        var protectedSwvs = overzicht.Samenwerkingsverbanden
            .Select(s => new ProtectedGebied(s.Code, s.Naam, Protect(s.Thuiszitters)))
            .ToList();

        return new ProtectedRegioOverzicht(
            overzicht.Peildatum,
            protectedGemeenten,
            protectedSwvs,
            BeschermdeThuiszitterCijfers.Van(regio, open.Total, langer.Total));
    }

    /// <summary>Figures of one area that is not part of a group with a shown total.</summary>
    public static BeschermdeThuiszitterCijfers Protect(ThuiszitterCijfers cijfers) =>
        BeschermdeThuiszitterCijfers.Van(cijfers, Cijfer.Count(cijfers.Open), Cijfer.Count(cijfers.LangerDanDrieMaanden));
}

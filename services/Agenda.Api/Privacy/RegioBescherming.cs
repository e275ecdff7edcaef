using Agenda.Api.Client;
using Ontwikkelagenda.Contracts.Kpis;

namespace Agenda.Api.Privacy;

/// <summary>
/// The regional overview protected as one answer (docs/rights.md, "one answer is one page"): every count of every
/// municipality, SWV and the region in one <see cref="Telling"/>, with each scope's own sums and, for every count, the
/// region as the sum of its municipalities. The SWVs are no parts of the region's sums: cases without a school, or at
/// a school outside the register, count for no SWV. A municipality or SWV the caller has case rights for is exact.
/// </summary>
public static class RegioBescherming
{
    /// <summary>A municipality or SWV with its exact figures.</summary>
    public sealed record Gebied(string Code, string Naam, ScopeCijfers Cijfers);

    public static RegioOverzicht Van(DateOnly peildatum, IReadOnlyList<Gebied> gemeenten, IReadOnlyList<Gebied> swvs, ScopeCijfers regio, Inzage inzage)
    {
        var telling = new Telling();
        var gemeenteCellen = gemeenten.Select(g => ScopeTelling.Van(telling, g.Cijfers, inzage.Dekt(Niveau.Gemeente, g.Code))).ToList();
        var swvCellen = swvs.Select(s => ScopeTelling.Van(telling, s.Cijfers, inzage.Dekt(Niveau.Samenwerkingsverband, s.Code))).ToList();
        var regioCellen = ScopeTelling.Van(telling, regio, exact: false);
        ScopeTelling.Optellen(telling, regioCellen, gemeenteCellen);
        var beschermd = telling.Bescherm();

        GebiedOverzicht Overzicht(Gebied gebied, ScopeTelling cellen, string niveau) => new(gebied.Code, gebied.Naam,
            new DetailBescherming(gebied.Cijfers, cellen, beschermd, inzage.Dekt(niveau, gebied.Code)).Detail(peildatum));
        return new RegioOverzicht(
            peildatum,
            [.. gemeenten.Select((g, i) => Overzicht(g, gemeenteCellen[i], Niveau.Gemeente))],
            [.. swvs.Select((s, i) => Overzicht(s, swvCellen[i], Niveau.Samenwerkingsverband))],
            new DetailBescherming(regio, regioCellen, beschermd, exact: false).Detail(peildatum));
    }
}

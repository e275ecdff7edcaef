using Agenda.Api.Client;
using Ontwikkelagenda.Contracts.Kpis;

namespace Agenda.Api.Privacy;

/// <summary>
/// The counts of children of one answer and the sums between them, protected together (docs/rights.md, "one answer
/// is one page"):
/// <list type="number">
/// <item>A count of 1 to 4 is "&lt;5" (primary); 0 stays 0. A count the caller has case rights for is exact, and
/// counts as known in every sum; a total with such a part is withheld as secondary when it is 1 to 4, never "&lt;5"
/// (the region's "&lt;5" beside the leerplichtambtenaar's own 3 would say the rest is at most 1).</item>
/// <item>Every sum (a total and its parts) holds no withheld count, or so many that each withheld "&lt;5" in it keeps
/// at least two possible values, knowing the reasons: a "&lt;5" is 1 to 4, a secondary one 0 or 5 and more. Until that
/// holds, one more count of the sum is withheld (secondary): the total while it is shown, otherwise the smallest shown
/// part above 0. This runs to a fixpoint over every sum, since withholding a total opens the sums it is a part of.</item>
/// <item>Across sums a "&lt;5" can still be pinned down (two withheld counts in one row and one column of the
/// municipality × kind table, a kind's open cases being at least its long ones, or four municipalities' "&lt;5" under
/// a region "&lt;5"): <see cref="Afleiding"/> searches for every value each "&lt;5" can have, and while one has a single
/// value, one more count nearby is withheld (<see cref="Ontpin"/>). A total withheld there instead of "&lt;5", like one
/// beside the caller's own part, may be any value to a reader; when nothing is left to withhold, every count the caller
/// has no case rights for is.</item>
/// </list>
/// The brute-force tests (<c>RegioBeschermingTests</c>, <c>DetailBeschermingTests</c>) check the whole answer: no withheld
/// count of 1 to 4 can be told apart from another value by everything shown.
/// </summary>
public sealed class Telling
{
    private readonly List<int> waarden = [];
    private readonly List<bool> exact = [];
    private readonly List<Som> sommen = [];
    private readonly List<Som> ongelijkheden = [];
    private readonly HashSet<int> ongepubliceerd = [];

    /// <summary>A count; <paramref name="isExact"/> when the caller has case rights for its place.</summary>
    public TelCel Cel(int waarde, bool isExact)
    {
        waarden.Add(waarde);
        exact.Add(isExact);
        return new TelCel(waarden.Count - 1);
    }

    /// <summary>Declares <paramref name="totaal"/> to be the sum of <paramref name="delen"/>.</summary>
    public void Som(TelCel totaal, params IReadOnlyList<TelCel> delen) => sommen.Add(new Som(totaal, delen));

    /// <summary>
    /// Declares <paramref name="groot"/> at least <paramref name="klein"/> (a kind's open cases and its long ones): the rest
    /// between them is a count nobody is shown, which only the check across sums takes into account.
    /// </summary>
    public void TenminsteZoveel(TelCel groot, TelCel klein)
    {
        var rest = Cel(waarden[groot.Index] - waarden[klein.Index], isExact: false);
        ongepubliceerd.Add(rest.Index);
        ongelijkheden.Add(new Som(groot, [klein, rest]));
    }

    /// <summary>Every count as this caller may see it, by <see cref="TelCel.Index"/>.</summary>
    public IReadOnlyList<Cijfer> Bescherm()
    {
        // Figures that do not add up as declared (a grain behind the others) cannot be guarded: withhold all but the exact.
        if (!sommen.All(s => s.Termen.Sum(t => t.Teken * waarden[t.Cel.Index]) == 0)
            || !ongelijkheden.All(s => waarden[s.Delen[1].Index] >= 0))
        {
            return AllesBehalveExact();
        }
        // Counts that may be anything to a reader: never shown, or totals withheld where "<5" would give parts away.
        var onbegrensd = ongepubliceerd.ToHashSet();
        var cijfers = waarden.Select((w, i) => ongepubliceerd.Contains(i) ? Cijfer.Withheld(Onderdrukking.Secondary)
            : exact[i] ? Cijfer.Shown(w) : Cijfer.Count(w)).ToArray();
        // A total the caller knows a part of exactly is never "<5": that label beside the part would narrow the rest down.
        foreach (var totaal in sommen.Where(s => s.Delen.Any(d => exact[d.Index])).Select(s => s.Totaal).Where(t => cijfers[t.Index].Onderdrukking == Onderdrukking.SmallNumber))
        {
            Herlabel(totaal, cijfers, onbegrensd);
        }
        var afleiding = new Afleiding(waarden, [.. sommen, .. ongelijkheden]);
        while (true)
        {
            bool gewijzigd;
            do
            {
                gewijzigd = false;
                foreach (var som in sommen)
                {
                    if (!Verraadt(som, cijfers) || Complement(som, cijfers) is not { } extra) continue;
                    cijfers[extra.Index] = Cijfer.Withheld(Onderdrukking.Secondary);
                    gewijzigd = true;
                }
            }
            while (gewijzigd);
            // Each sum is safe on its own; across sums a "<5" can still be pinned down: withhold one more beside it. The
            // last one first: the region's counts come last, so a region total goes before the municipalities under it.
            if (afleiding.Vastgepind(cijfers, onbegrensd).Cast<TelCel?>().LastOrDefault() is not { } vast) return cijfers;
            if (!Ontpin(vast, cijfers, onbegrensd, afleiding)) return AllesBehalveExact();
        }
    }

    /// <summary>
    /// Withholds one more count beside the pinned "&lt;5" <paramref name="vast"/>, the first of these that frees it: a
    /// "&lt;5" total of a sum it is in, withheld instead as a count that may be anything (four municipalities' "&lt;5"
    /// under a region "&lt;5" are 1 each), or the next shown count outwards (<see cref="Naast"/>). When none frees it on its
    /// own, the shown count (the search goes a ring further next time), else the total. False when nothing is left.
    /// </summary>
    private bool Ontpin(TelCel vast, Cijfer[] cijfers, HashSet<int> onbegrensd, Afleiding afleiding)
    {
        var totalen = sommen.Where(s => s.Delen.Contains(vast)).Select(s => s.Totaal)
            .Concat(sommen.Where(s => s.Totaal == vast).Select(s => s.Totaal))
            .Where(t => cijfers[t.Index].Onderdrukking == Onderdrukking.SmallNumber && !exact[t.Index])
            .Distinct().ToList();
        foreach (var totaal in totalen)
        {
            var (proef, proefOnbegrensd) = ((Cijfer[])cijfers.Clone(), onbegrensd.ToHashSet());
            Herlabel(totaal, proef, proefOnbegrensd);
            if (afleiding.IsVastgepind(vast, proef, proefOnbegrensd)) continue;
            Herlabel(totaal, cijfers, onbegrensd);
            return true;
        }
        if (Naast(vast, cijfers) is { } cel)
        {
            cijfers[cel.Index] = Cijfer.Withheld(Onderdrukking.Secondary);
            return true;
        }
        if (totalen is [var eerste, ..])
        {
            Herlabel(eerste, cijfers, onbegrensd);
            return true;
        }
        return false;
    }

    /// <summary>Withholds <paramref name="totaal"/> as a count that may be anything, not as "&lt;5".</summary>
    private static void Herlabel(TelCel totaal, Cijfer[] cijfers, HashSet<int> onbegrensd)
    {
        cijfers[totaal.Index] = Cijfer.Withheld(Onderdrukking.Secondary);
        onbegrensd.Add(totaal.Index);
    }

    private Cijfer[] AllesBehalveExact() =>
        [.. waarden.Select((w, i) => exact[i] && !ongepubliceerd.Contains(i) ? Cijfer.Shown(w) : Cijfer.Withheld(Onderdrukking.Secondary))];

    /// <summary>Whether a withheld count of this sum is pinned down (to fewer than two values) by the rest of it.</summary>
    private bool Verraadt(Som som, Cijfer[] cijfers)
    {
        var termen = som.Termen.ToList();
        var verborgen = termen.Where(t => !cijfers[t.Cel.Index].IsShown).ToList();
        if (verborgen.Count == 0) return false;
        if (verborgen.Count == 1) return true;
        // Parts minus total is 0: what the withheld terms must add up to.
        var doel = -termen.Where(t => cijfers[t.Cel.Index].IsShown).Sum(t => t.Teken * waarden[t.Cel.Index]);
        return verborgen
            .Where(t => cijfers[t.Cel.Index].Onderdrukking == Onderdrukking.SmallNumber)
            .Any(t => MogelijkeWaarden(t, verborgen.Where(o => o != t).ToList(), doel, cijfers) < 2);
    }

    /// <summary>How many values from 1 to 4 the "&lt;5" <paramref name="klein"/> can have, the other withheld terms as their reasons allow.</summary>
    private static int MogelijkeWaarden((TelCel Cel, int Teken) klein, IReadOnlyList<(TelCel Cel, int Teken)> anderen, int doel, Cijfer[] cijfers)
    {
        var kleine = anderen.Where(o => cijfers[o.Cel.Index].Onderdrukking == Onderdrukking.SmallNumber).ToList();
        var secundair = anderen.Except(kleine).ToList();
        if (kleine.Count > 3) return KleineAantallen.Drempel - 1; // too many unknowns to pin one down
        var plus = secundair.Any(s => s.Teken > 0);
        var min = secundair.Any(s => s.Teken < 0);
        return Enumerable.Range(1, KleineAantallen.Drempel - 1).Count(waarde =>
            Sommen(kleine).Any(rest => Haalbaar(doel - klein.Teken * waarde - rest, plus, min)));
    }

    /// <summary>Every sum the "&lt;5" terms can make, each 1 to 4 with its sign.</summary>
    private static IEnumerable<int> Sommen(IReadOnlyList<(TelCel Cel, int Teken)> kleine) =>
        kleine.Aggregate(
            (IEnumerable<int>)[0],
            (sommen, term) => sommen.SelectMany(s => Enumerable.Range(1, KleineAantallen.Drempel - 1).Select(w => s + term.Teken * w)).Distinct());

    /// <summary>Whether secondary terms (each 0 or 5 and more) with these signs can add up to <paramref name="rest"/>.</summary>
    private static bool Haalbaar(int rest, bool plus, bool min) => (plus, min) switch
    {
        (true, true) => true,
        (true, false) => rest == 0 || rest >= KleineAantallen.Drempel,
        (false, true) => rest == 0 || rest <= -KleineAantallen.Drempel,
        _ => rest == 0,
    };

    /// <summary>
    /// A count to withhold beside a pinned "&lt;5": the next complement of a sum it is in; failing that, of a sum that
    /// shares a withheld count with those, and so on outwards (what pins it may be a shown count a few sums away).
    /// </summary>
    private TelCel? Naast(TelCel vast, Cijfer[] cijfers)
    {
        var bereikt = new HashSet<TelCel> { vast };
        var gezien = new HashSet<Som>();
        while (true)
        {
            var ring = sommen.Where(s => !gezien.Contains(s) && s.Termen.Any(t => bereikt.Contains(t.Cel))).ToList();
            if (ring.Count == 0) return null;
            if (ring.Select(s => Complement(s, cijfers)).FirstOrDefault(c => c is not null) is { } complement) return complement;
            gezien.UnionWith(ring);
            bereikt.UnionWith(ring.SelectMany(s => s.Termen).Select(t => t.Cel).Where(c => !cijfers[c.Index].IsShown));
        }
    }

    /// <summary>The next count to withhold in the sum: the total while shown, else the smallest shown part above 0, else a shown 0.</summary>
    private TelCel? Complement(Som som, Cijfer[] cijfers)
    {
        bool Kandidaat(TelCel cel) => cijfers[cel.Index].IsShown && !exact[cel.Index];
        if (Kandidaat(som.Totaal)) return som.Totaal;
        return som.Delen.Where(Kandidaat).OrderBy(d => waarden[d.Index] == 0).ThenBy(d => waarden[d.Index]).Cast<TelCel?>().FirstOrDefault();
    }
}

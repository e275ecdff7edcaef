using Agenda.Api.Client;
using Ontwikkelagenda.Contracts.Kpis;

namespace Agenda.Api.Privacy;

/// <summary>
/// What a reader of a protected <see cref="Telling"/> can work out across all its sums at once: every shown count is
/// known, a "&lt;5" is 1 to 4, a count withheld for another reason 0 or 5 and more; a count never shown (the rest of an
/// inequality) or a total withheld where "&lt;5" would give it away (<paramref name="onbegrensd"/> in each call) can be
/// anything. <see cref="Vastgepind"/> finds each "&lt;5" that fewer than two values fit, by a search over integer ranges
/// with bounds propagation over the sums.
/// </summary>
internal sealed class Afleiding(IReadOnlyList<int> waarden, IReadOnlyList<Som> sommen)
{
    private readonly (int Cel, int Teken)[][] termen = [.. sommen.Select(s => s.Termen.Select(t => (t.Cel.Index, t.Teken)).ToArray())];

    /// <summary>Every "&lt;5" that fewer than two values fit, in index order, each searched when enumerated.</summary>
    public IEnumerable<TelCel> Vastgepind(Cijfer[] cijfers, IReadOnlySet<int> onbegrensd)
    {
        var domeinen = Domeinen(cijfers, onbegrensd);
        for (var i = 0; i < cijfers.Length; i++)
        {
            if (cijfers[i].Onderdrukking == Onderdrukking.SmallNumber && IsVastgepind(i, domeinen)) yield return new TelCel(i);
        }
    }

    /// <summary>Whether fewer than two values fit the "&lt;5" <paramref name="cel"/>.</summary>
    public bool IsVastgepind(TelCel cel, Cijfer[] cijfers, IReadOnlySet<int> onbegrensd) =>
        IsVastgepind(cel.Index, Domeinen(cijfers, onbegrensd));

    private Bereik[] Domeinen(Cijfer[] cijfers, IReadOnlySet<int> onbegrensd)
    {
        // Every true value is at most the largest; alternatives far above it change nothing about what is pinned.
        var grens = 2 * Math.Max(waarden.Max(), KleineAantallen.Drempel) + 10;
        var domeinen = cijfers.Select((c, i) => c switch
        {
            _ when onbegrensd.Contains(i) && !c.IsShown => new Bereik(0, grens, false),
            { IsShown: true } => new Bereik(waarden[i], waarden[i], false),
            { Onderdrukking: Onderdrukking.SmallNumber } => new Bereik(1, KleineAantallen.Drempel - 1, false),
            _ => new Bereik(0, grens, true),
        }).ToArray();
        if (!Propageer(domeinen)) throw new InvalidOperationException("The counts do not fit their own sums: a sum was declared that does not hold.");
        return domeinen;
    }

    private bool IsVastgepind(int cel, Bereik[] domeinen) =>
        // The true value fits; pinned when no other does.
        !Enumerable.Range(domeinen[cel].Laag, domeinen[cel].Hoog - domeinen[cel].Laag + 1)
            .Where(w => w != waarden[cel])
            .Any(w =>
            {
                var kopie = (Bereik[])domeinen.Clone();
                kopie[cel] = new Bereik(w, w, false);
                return Oplosbaar(kopie);
            });

    private bool Oplosbaar(Bereik[] d)
    {
        if (!Propageer(d)) return false;
        var open = -1;
        for (var i = 0; i < d.Length; i++)
        {
            if (d[i].Grootte > 1 && (open < 0 || d[i].Grootte < d[open].Grootte)) open = i;
        }
        if (open < 0) return true;
        foreach (var deel in d[open].Splits(waarden[open]))
        {
            var kopie = (Bereik[])d.Clone();
            kopie[open] = deel;
            if (Oplosbaar(kopie)) return true;
        }
        return false;
    }

    /// <summary>Narrows every range to what its sums allow; false when one runs empty.</summary>
    private bool Propageer(Bereik[] d)
    {
        bool gewijzigd;
        do
        {
            gewijzigd = false;
            foreach (var som in termen)
            {
                int laag = 0, hoog = 0;
                foreach (var (cel, teken) in som)
                {
                    laag += teken > 0 ? d[cel].Laag : -d[cel].Hoog;
                    hoog += teken > 0 ? d[cel].Hoog : -d[cel].Laag;
                }
                foreach (var (cel, teken) in som)
                {
                    var (eigenLaag, eigenHoog) = teken > 0 ? (d[cel].Laag, d[cel].Hoog) : (-d[cel].Hoog, -d[cel].Laag);
                    // teken * x is minus the rest of the sum, which lies between laag - eigenLaag and hoog - eigenHoog.
                    var (min, max) = (-(hoog - eigenHoog), -(laag - eigenLaag));
                    var nieuw = teken > 0 ? d[cel].Binnen(min, max) : d[cel].Binnen(-max, -min);
                    if (nieuw == d[cel]) continue;
                    if (nieuw.Leeg) return false;
                    d[cel] = nieuw;
                    gewijzigd = true;
                }
            }
        }
        while (gewijzigd);
        return true;
    }

    /// <summary>The values from <paramref name="Laag"/> to <paramref name="Hoog"/>, without 1 to 4 when <paramref name="ZonderKlein"/>.</summary>
    private readonly record struct Bereik(int Laag, int Hoog, bool ZonderKlein)
    {
        public bool Leeg => Laag > Hoog;

        public int Grootte => Leeg ? 0 : Hoog - Laag + 1 - (ZonderKlein ? Math.Max(0, Math.Min(Hoog, 4) - Math.Max(Laag, 1) + 1) : 0);

        public Bereik Binnen(int min, int max)
        {
            var (laag, hoog) = (Math.Max(Laag, min), Math.Min(Hoog, max));
            if (ZonderKlein && laag is >= 1 and <= 4) laag = KleineAantallen.Drempel;
            if (ZonderKlein && hoog is >= 1 and <= 4) hoog = 0;
            return this with { Laag = laag, Hoog = hoog };
        }

        /// <summary>Two smaller ranges that together hold every value, the one with <paramref name="naar"/> first.</summary>
        public IEnumerable<Bereik> Splits(int naar)
        {
            var midden = ZonderKlein && Laag == 0 && Hoog >= KleineAantallen.Drempel ? 0 : Laag + (Hoog - Laag) / 2;
            var (onder, boven) = (Binnen(Laag, midden), Binnen(midden + 1, Hoog));
            return naar <= midden ? [onder, boven] : [boven, onder];
        }
    }
}

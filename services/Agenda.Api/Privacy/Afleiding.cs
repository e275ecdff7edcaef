using Agenda.Api.Client;
using Ontwikkelagenda.Contracts.Kpis;

namespace Agenda.Api.Privacy;

/// <summary>
/// What a reader of a protected <see cref="Telling"/> can work out across all its sums at once: every shown count is
/// known, a "&lt;5" is 1 to 4, a count withheld for another reason 0 or 5 and more; a count never shown (the rest of an
/// inequality) or a total withheld beside the caller's own part can be anything. <see cref="Vastgepind"/> finds a
/// "&lt;5" that fewer than two values fit, by a small search over integer domains with bounds propagation.
/// </summary>
internal sealed class Afleiding(IReadOnlyList<int> waarden, IReadOnlyList<Som> sommen, IReadOnlySet<int> onbegrensd)
{
    /// <summary>Every "&lt;5" that fewer than two values fit, by index, found one at a time.</summary>
    public IEnumerable<TelCel> Vastgepind(Cijfer[] cijfers)
    {
        var grens = Math.Max(waarden.Sum(), KleineAantallen.Drempel) + 1;
        var domeinen = cijfers.Select((c, i) => c switch
        {
            _ when onbegrensd.Contains(i) && !c.IsShown => [.. Enumerable.Range(0, grens + 1)],
            { IsShown: true } => new[] { waarden[i] },
            { Onderdrukking: Onderdrukking.SmallNumber } => [1, 2, 3, 4],
            _ => [0, .. Enumerable.Range(KleineAantallen.Drempel, grens - KleineAantallen.Drempel + 1)],
        }).ToArray();
        if (!Propageer(domeinen)) throw new InvalidOperationException("The counts do not fit their own sums: a sum was declared that does not hold.");
        for (var i = 0; i < cijfers.Length; i++)
        {
            if (cijfers[i].Onderdrukking != Onderdrukking.SmallNumber) continue;
            var cel = i;
            // The true value fits; pinned when no other does.
            var ander = domeinen[cel].Where(w => w != waarden[cel]).Any(w => Oplosbaar([.. domeinen.Select((d, j) => j == cel ? [w] : d)]));
            if (!ander) yield return new TelCel(cel);
        }
    }

    private bool Oplosbaar(int[][] d)
    {
        if (!Propageer(d)) return false;
        var open = Enumerable.Range(0, d.Length).Where(i => d[i].Length > 1).OrderBy(i => d[i].Length).FirstOrDefault(-1);
        if (open < 0) return true;
        // The true value first: a solution is usually near it.
        foreach (var waarde in d[open].OrderBy(w => Math.Abs(w - waarden[open])))
        {
            var kopie = d.ToArray();
            kopie[open] = [waarde];
            if (Oplosbaar(kopie)) return true;
        }
        return false;
    }

    /// <summary>Narrows every domain to the values its sums allow; false when one runs empty.</summary>
    private bool Propageer(int[][] d)
    {
        bool gewijzigd;
        do
        {
            gewijzigd = false;
            foreach (var som in sommen)
            {
                var termen = som.Termen.ToList();
                var laag = termen.Sum(t => t.Teken > 0 ? d[t.Cel.Index][0] : -d[t.Cel.Index][^1]);
                var hoog = termen.Sum(t => t.Teken > 0 ? d[t.Cel.Index][^1] : -d[t.Cel.Index][0]);
                foreach (var (cel, teken) in termen)
                {
                    var domein = d[cel.Index];
                    var (eigenLaag, eigenHoog) = teken > 0 ? (domein[0], domein[^1]) : (-domein[^1], -domein[0]);
                    // teken * x equals minus the rest, which lies between laag - eigenLaag and hoog - eigenHoog.
                    var over = domein.Where(w => teken * w >= -(hoog - eigenHoog) && teken * w <= -(laag - eigenLaag)).ToArray();
                    if (over.Length == domein.Length) continue;
                    if (over.Length == 0) return false;
                    d[cel.Index] = over;
                    gewijzigd = true;
                }
            }
        }
        while (gewijzigd);
        return true;
    }
}

using Agenda.Api.Client;

namespace Ontwikkelagenda.IntegrationTests.Privacy;

/// <summary>
/// What someone who reads one protected answer can work out from it. Every shown count is known; a "&lt;5" is 1 to 4; a
/// part withheld for another reason is 0 or 5 and more (Agenda.Api withholds every 1 to 4 as "&lt;5" first), a total
/// withheld that way may be anything (the caller says which); and the sums between the counts are public knowledge. <see cref="Mogelijk"/> gives every value a withheld count can still
/// have: a small search over integer domains with bounds propagation over the sums.
/// </summary>
public sealed class Aanvaller
{
    /// <summary>The largest value a withheld count is tried with; far above any count in the examples.</summary>
    private const int Grens = 150;

    private readonly List<int[]> domeinen = [];
    private readonly List<(int Var, int Teken)[]> sommen = [];

    /// <summary>A count as the answer gives it; <paramref name="onbegrensd"/> when a withheld one may be anything.</summary>
    public int Cel(Cijfer cijfer, bool onbegrensd = false) => Variabele(cijfer switch
    {
        { IsShown: true, Value: { } waarde } => [(int)waarde],
        { IsShown: false } when onbegrensd => [.. Enumerable.Range(0, Grens + 1)],
        { Onderdrukking: Onderdrukking.SmallNumber } => [1, 2, 3, 4],
        { IsShown: false } => [0, .. Enumerable.Range(5, Grens - 4)],
        _ => [.. Enumerable.Range(0, Grens + 1)],
    });

    /// <summary>Declares <paramref name="totaal"/> the sum of <paramref name="delen"/>.</summary>
    public void Som(int totaal, params int[] delen) => sommen.Add([(totaal, -1), .. delen.Select(d => (d, 1))]);

    /// <summary>Declares <paramref name="groot"/> at least <paramref name="klein"/> (an unknown rest in between).</summary>
    public void TenminsteZoveel(int groot, int klein) => Som(groot, klein, Variabele([.. Enumerable.Range(0, Grens + 1)]));

    /// <summary>What a shown status tells of a count: whether it is 0.</summary>
    public void IsNul(int cel, bool nul) => domeinen[cel] = [.. domeinen[cel].Where(w => (w == 0) == nul)];

    /// <summary>Every value <paramref name="cel"/> can have, given everything shown.</summary>
    public IReadOnlyList<int> Mogelijk(int cel) =>
        [.. domeinen[cel].Where(waarde => Oplosbaar([.. domeinen.Select((d, i) => i == cel ? [waarde] : d)]))];

    private int Variabele(int[] domein)
    {
        domeinen.Add(domein);
        return domeinen.Count - 1;
    }

    private bool Oplosbaar(int[][] d)
    {
        if (!Propageer(d)) return false;
        var open = Enumerable.Range(0, d.Length).Where(i => d[i].Length > 1).OrderBy(i => d[i].Length).FirstOrDefault(-1);
        if (open < 0) return true;
        foreach (var waarde in d[open])
        {
            var kopie = d.ToArray();
            kopie[open] = [waarde];
            if (Oplosbaar(kopie)) return true;
        }
        return false;
    }

    /// <summary>Narrows every domain to values its sums allow; false when one runs empty.</summary>
    private bool Propageer(int[][] d)
    {
        bool gewijzigd;
        do
        {
            gewijzigd = false;
            foreach (var som in sommen)
            {
                var laag = som.Sum(t => t.Teken > 0 ? d[t.Var][0] : -d[t.Var][^1]);
                var hoog = som.Sum(t => t.Teken > 0 ? d[t.Var][^1] : -d[t.Var][0]);
                foreach (var (var, teken) in som)
                {
                    var (eigenLaag, eigenHoog) = teken > 0 ? (d[var][0], d[var][^1]) : (-d[var][^1], -d[var][0]);
                    // teken * x = -(rest), rest between (laag - eigenLaag) and (hoog - eigenHoog).
                    var (min, max) = (-(hoog - eigenHoog), -(laag - eigenLaag));
                    var over = d[var].Where(w => teken * w >= min && teken * w <= max).ToArray();
                    if (over.Length == d[var].Length) continue;
                    if (over.Length == 0) return false;
                    d[var] = over;
                    gewijzigd = true;
                }
            }
        }
        while (gewijzigd);
        return true;
    }
}

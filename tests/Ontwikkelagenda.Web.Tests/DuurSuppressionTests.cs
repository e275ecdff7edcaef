using Ontwikkelagenda.Web.Formatting;
using Ontwikkelagenda.Web.Privacy;
using Ontwikkelagenda.Contracts.Kpis;

namespace Ontwikkelagenda.Web.Tests;

public sealed class DuurSuppressionTests
{
    /// <summary>An area's cases by duration: under four weeks, four weeks to three months, longer than three months.</summary>
    private static ThuiszitterCijfers Gebied(int korter, int tussen, int langer, int afgesloten = 11) =>
        new(korter + tussen + langer, langer, Math.Round((korter + tussen + langer) * 1000m / 5000, 1), 90.9m,
            Afgesloten: afgesloten, AfgeslotenMetVrijstelling: 9.1m, KorterDanVierWeken: korter);

    private static (IReadOnlyList<ProtectedDuur> Delen, ProtectedDuur Totaal) Protect(params (int Korter, int Tussen, int Langer)[] delen)
    {
        var cijfers = delen.Select(d => Gebied(d.Korter, d.Tussen, d.Langer)).ToList();
        var totaal = Gebied(delen.Sum(d => d.Korter), delen.Sum(d => d.Tussen), delen.Sum(d => d.Langer));
        return DuurSuppression.Protect(cijfers, totaal);
    }

    [Fact]
    public void Buckets_of_5_or_more_and_0_are_shown_in_Dutch()
    {
        var (delen, totaal) = Protect((5, 0, 1234), (6, 7, 0));

        Assert.Equal("5", FigureText.Count(delen[0].KorterDanVierWeken));
        Assert.Equal("0", FigureText.Count(delen[0].VierWekenTotDrieMaanden));
        Assert.Equal("1.234", FigureText.Count(delen[0].LangerDanDrieMaanden));
        Assert.Equal("1.239", FigureText.Count(delen[0].Open));
        Assert.Equal("7", FigureText.Count(totaal.VierWekenTotDrieMaanden));
        Assert.Equal("1.252", FigureText.Count(totaal.Open));
        Assert.Equal("90,9%", FigureText.Percentage(delen[1].BinnenDrieMaandenOpgelost));
        Assert.Equal("9,1%", FigureText.Percentage(delen[1].AfgeslotenMetVrijstelling));
    }

    [Fact]
    public void A_small_bucket_withholds_both_shorter_buckets_but_not_the_total_or_the_longest()
    {
        // Open 6 and longer 0 are on the Regio-overzicht: "<5" beside a withheld 0-or-5+ would leave only 1.
        var (delen, _) = Protect((1, 5, 0), (5, 5, 5));

        Assert.Equal("niet getoond", FigureText.Count(delen[0].KorterDanVierWeken));
        Assert.Equal("niet getoond", FigureText.Count(delen[0].VierWekenTotDrieMaanden));
        Assert.Equal("6", FigureText.Count(delen[0].Open));
        Assert.Equal("0", FigureText.Count(delen[0].LangerDanDrieMaanden));
    }

    [Fact]
    public void A_small_longest_bucket_withholds_the_two_shorter_ones()
    {
        var (delen, _) = Protect((5, 6, 2), (5, 5, 5));

        Assert.Equal("<5", FigureText.Count(delen[0].LangerDanDrieMaanden));
        Assert.Equal("niet getoond", FigureText.Count(delen[0].KorterDanVierWeken));
        Assert.Equal("niet getoond", FigureText.Count(delen[0].VierWekenTotDrieMaanden));
    }

    [Fact]
    public void Region_buckets_are_withheld_when_a_municipality_bucket_is()
    {
        var (_, totaal) = Protect((1, 5, 0), (5, 5, 5));

        Assert.Equal("niet getoond", FigureText.Count(totaal.KorterDanVierWeken));
        Assert.Equal("niet getoond", FigureText.Count(totaal.VierWekenTotDrieMaanden));
        Assert.Equal("21", FigureText.Count(totaal.Open));
    }

    [Fact]
    public void Percentages_resting_on_1_to_4_closed_cases_are_withheld()
    {
        var duur = DuurSuppression.Protect([Gebied(5, 5, 5, afgesloten: 3)], Gebied(5, 5, 5, afgesloten: 3)).Delen[0];

        Assert.Equal("niet getoond", FigureText.Percentage(duur.BinnenDrieMaandenOpgelost));
        Assert.Equal("niet getoond", FigureText.Percentage(duur.AfgeslotenMetVrijstelling));
    }

    /// <summary>
    /// The proof of non-derivability, from an attacker's side: every configuration of two municipalities with
    /// buckets 0-7 is rendered; configurations that render the same page cannot be told apart. For every figure
    /// of 1 to 4 that is not shown (a bucket, a total, in a municipality or the region), the configurations that
    /// look the same must give it at least two values: nothing on the page pins it down. Only configurations with
    /// every bucket at most 4 are judged, so that an alternative never needs a bucket above the enumerated 7
    /// (moving a figure from 4 to 1 moves another by 3): the edge of the enumeration is no knowledge an attacker has.
    /// </summary>
    [Fact]
    public void No_withheld_figure_of_1_to_4_can_be_worked_out_from_the_page_two_municipalities()
    {
        AssertNothingDerivable(Configurations(gebieden: 2, maximum: 7), judgedUpTo: 4);
    }

    [Fact]
    public void No_withheld_figure_of_1_to_4_can_be_worked_out_from_the_page_one_area()
    {
        AssertNothingDerivable(Configurations(gebieden: 1, maximum: 12), judgedUpTo: 9);
    }

    private static void AssertNothingDerivable(IEnumerable<int[]> configurations, int judgedUpTo)
    {
        var byPage = new Dictionary<string, List<(bool Judged, int[] Figures)>>();
        foreach (var configuration in configurations)
        {
            var page = Page(configuration);
            if (!byPage.TryGetValue(page, out var same)) byPage[page] = same = [];
            same.Add((configuration.All(v => v <= judgedUpTo), Figures(configuration)));
        }

        foreach (var (page, same) in byPage.Where(p => p.Value.Any(c => c.Judged)))
        {
            var shown = Shown(page);
            for (var figure = 0; figure < shown.Length; figure++)
            {
                if (shown[figure]) continue;
                var values = same.Select(c => c.Figures[figure]).Distinct().Count();
                foreach (var (_, figures) in same.Where(c => c.Judged && c.Figures[figure] is >= 1 and <= 4))
                {
                    Assert.True(values >= 2, $"Figure {figure} = {figures[figure]} is the only value that fits the page:\n{page}");
                }
            }
        }
    }

    /// <summary>Every configuration: per area (under four weeks, middle, longer), each 0..maximum.</summary>
    private static IEnumerable<int[]> Configurations(int gebieden, int maximum)
    {
        var length = gebieden * 3;
        var current = new int[length];
        while (true)
        {
            yield return (int[])current.Clone();
            var i = 0;
            while (i < length && current[i] == maximum) current[i++] = 0;
            if (i == length) yield break;
            current[i]++;
        }
    }

    private static (int, int, int)[] Areas(int[] configuration) =>
        Enumerable.Range(0, configuration.Length / 3).Select(i => (configuration[3 * i], configuration[3 * i + 1], configuration[3 * i + 2])).ToArray();

    /// <summary>Every figure the page is about, true values: per area and then the region, a, b, c and the open total.</summary>
    private static int[] Figures(int[] configuration)
    {
        var areas = Areas(configuration);
        var all = areas.Append((areas.Sum(a => a.Item1), areas.Sum(a => a.Item2), areas.Sum(a => a.Item3)));
        return all.SelectMany(a => new[] { a.Item1, a.Item2, a.Item3, a.Item1 + a.Item2 + a.Item3 }).ToArray();
    }

    /// <summary>What the page shows: the same four figures per area and the region, as text.</summary>
    private static string Page(int[] configuration)
    {
        var (delen, totaal) = Protect(Areas(configuration));
        return string.Join("\n", delen.Append(totaal).Select(d => string.Join(" | ",
            FigureText.Count(d.KorterDanVierWeken), FigureText.Count(d.VierWekenTotDrieMaanden),
            FigureText.Count(d.LangerDanDrieMaanden), FigureText.Count(d.Open), FigureText.Rate(d.PerDuizend))));
    }

    /// <summary>Which figures the page shows as a number (in the order of <see cref="Figures"/>).</summary>
    private static bool[] Shown(string page) =>
        page.Split('\n').SelectMany(line => line.Split(" | ").Take(4).Select(text => text.All(char.IsAsciiDigit) || text.Contains('.'))).ToArray();
}

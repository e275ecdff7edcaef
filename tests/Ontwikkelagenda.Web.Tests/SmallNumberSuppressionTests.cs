using Agenda.Api.Client;
using Ontwikkelagenda.Web.Formatting;
using Ontwikkelagenda.Web.Privacy;
using Ontwikkelagenda.Contracts.Kpis;

namespace Ontwikkelagenda.Web.Tests;

public sealed class SmallNumberSuppressionTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Count_of_1_to_4_is_shown_as_less_than_5(int count)
    {
        var value = Cijfer.Count(count);

        Assert.Equal(Onderdrukking.SmallNumber, value.Onderdrukking);
        Assert.Equal("<5", FigureText.Count(value));
    }

    [Fact]
    public void Count_of_0_stays_0()
    {
        Assert.Equal("0", FigureText.Count(Cijfer.Count(0)));
    }

    [Theory]
    [InlineData(5, "5")]
    [InlineData(78, "78")]
    [InlineData(1234, "1.234")]
    public void Count_of_5_or_more_is_shown(int count, string expected)
    {
        Assert.Equal(expected, FigureText.Count(Cijfer.Count(count)));
    }

    [Fact]
    public void Withheld_figures_carry_no_number()
    {
        var overzicht = SmallNumberSuppression.Apply(Voorbeeld.Overzicht([3, 14, 6, 0], [1, 2, 0, 0]));
        var aaEnHunze = overzicht.Gemeenten[0].Cijfers;

        Assert.Null(aaEnHunze.Open.Value);
        Assert.Null(aaEnHunze.LangerDanDrieMaanden.Value);
        Assert.Null(aaEnHunze.PerDuizend.Value);
        Assert.Null(overzicht.Regio.Open.Value);
        Assert.Null(overzicht.Regio.PerDuizend.Value);
    }

    [Fact]
    public void Rate_is_withheld_when_its_count_is_suppressed()
    {
        var overzicht = SmallNumberSuppression.Apply(Voorbeeld.Overzicht([3, 14, 6, 0], [0, 0, 0, 0]));

        var aaEnHunze = overzicht.Gemeenten[0].Cijfers;
        Assert.Equal(Onderdrukking.SmallNumber, aaEnHunze.Open.Onderdrukking);
        Assert.Equal(Onderdrukking.RevealsCount, aaEnHunze.PerDuizend.Onderdrukking);
        Assert.Equal("niet getoond", FigureText.Rate(aaEnHunze.PerDuizend));
    }

    [Fact]
    public void Rate_is_shown_when_its_count_is_shown()
    {
        var overzicht = SmallNumberSuppression.Apply(Voorbeeld.Overzicht([3, 14, 6, 0], [0, 0, 0, 0]));

        Assert.Equal("1,2", FigureText.Rate(overzicht.Gemeenten[1].Cijfers.PerDuizend)); // Assen 14 of 11.600
        Assert.Equal("0,0", FigureText.Rate(overzicht.Gemeenten[3].Cijfers.PerDuizend)); // Tynaarlo 0
    }

    [Fact]
    public void Region_total_and_its_rate_are_withheld_when_a_municipality_is_suppressed()
    {
        var overzicht = SmallNumberSuppression.Apply(Voorbeeld.Overzicht([3, 14, 6, 0], [0, 0, 0, 0]));

        Assert.Equal(Onderdrukking.Secondary, overzicht.Regio.Open.Onderdrukking);
        Assert.Equal(Onderdrukking.RevealsCount, overzicht.Regio.PerDuizend.Onderdrukking);
        Assert.Equal("0", FigureText.Count(overzicht.Regio.LangerDanDrieMaanden)); // nothing suppressed there
    }

    [Fact]
    public void Region_total_is_shown_when_no_municipality_is_suppressed()
    {
        var overzicht = SmallNumberSuppression.Apply(Voorbeeld.Overzicht([5, 14, 6, 0], [0, 5, 0, 0]));

        Assert.Equal("25", FigureText.Count(overzicht.Regio.Open));
        Assert.Equal("5", FigureText.Count(overzicht.Regio.LangerDanDrieMaanden));
        Assert.True(overzicht.Regio.PerDuizend.IsShown);
    }

    [Fact]
    public void Four_small_municipalities_with_a_small_total_do_not_reveal_each_other()
    {
        // Four times "<5" next to a total of "<5" would mean 1 each; the total must not be shown at all.
        var overzicht = SmallNumberSuppression.Apply(Voorbeeld.Overzicht([1, 1, 1, 1], [0, 0, 0, 0]));

        Assert.All(overzicht.Gemeenten, g => Assert.Equal("<5", FigureText.Count(g.Cijfers.Open)));
        Assert.Equal("niet getoond", FigureText.Count(overzicht.Regio.Open));
    }

    /// <summary>
    /// The proof of non-derivability: for every combination of municipality counts 0-6, each
    /// suppressed count could be any of 1 to 4 without anything on the page changing (the region
    /// total and every rate follow the real counts), so nothing shown gives it back.
    /// </summary>
    [Fact]
    public void Suppressed_open_count_cannot_be_derived_from_anything_shown()
    {
        foreach (var open in AllCombinations(maximum: 6))
        {
            AssertEverySuppressedValueIndistinguishable(open, counts => Page(open: counts, langer: [0, 0, 0, 0]));
        }
    }

    [Fact]
    public void Suppressed_longer_than_three_months_count_cannot_be_derived_from_anything_shown()
    {
        int[] open = [10, 10, 10, 10];
        foreach (var langer in AllCombinations(maximum: 6))
        {
            AssertEverySuppressedValueIndistinguishable(langer, counts => Page(open, langer: counts));
        }
    }

    [Theory]
    [InlineData(1, 100)]
    [InlineData(3, 66.7)]
    [InlineData(4, 0)]
    public void Percentage_solved_is_withheld_when_it_rests_on_fewer_than_5_closed_cases(int afgesloten, decimal percentage)
    {
        var value = Cijfer.Percentage(percentage, afgesloten);

        Assert.Equal(Onderdrukking.SmallBase, value.Onderdrukking);
        Assert.Equal("niet getoond", FigureText.Percentage(value));
    }

    [Theory]
    [InlineData(5, 20, "20,0%")]
    [InlineData(40, 100, "100,0%")] // a round percentage on a large base is no small number
    [InlineData(8, 87.5, "87,5%")]
    public void Percentage_solved_is_shown_when_it_rests_on_5_or_more_closed_cases(int afgesloten, decimal percentage, string expected)
    {
        Assert.Equal(expected, FigureText.Percentage(Cijfer.Percentage(percentage, afgesloten)));
    }

    [Fact]
    public void Percentage_solved_without_closed_cases_says_so()
    {
        Assert.Equal("geen afgesloten zaken", FigureText.Percentage(Cijfer.Percentage(null, 0)));
    }

    [Fact]
    public void Samenwerkingsverband_counts_and_rate_are_suppressed_like_a_municipality()
    {
        var cijfers = SmallNumberSuppression.Protect(new ThuiszitterCijfers(2, 1, 0.3m, 80.4m, Afgesloten: 46));

        Assert.Equal("<5", FigureText.Count(cijfers.Open));
        Assert.Equal("<5", FigureText.Count(cijfers.LangerDanDrieMaanden));
        Assert.Equal("niet getoond", FigureText.Rate(cijfers.PerDuizend));
        Assert.Equal("80,4%", FigureText.Percentage(cijfers.BinnenDrieMaandenOpgelost));
    }

    [Fact]
    public void Status_is_op_koers_only_when_no_case_is_longer_than_three_months()
    {
        var overzicht = SmallNumberSuppression.Apply(Voorbeeld.Overzicht([3, 14, 6, 0], [0, 2, 0, 0]));

        Assert.Equal(ThuiszitterStatus.OpKoers, overzicht.Gemeenten[0].Cijfers.Status);
        Assert.Equal(ThuiszitterStatus.Achter, overzicht.Gemeenten[1].Cijfers.Status);
        Assert.Equal(ThuiszitterStatus.Achter, overzicht.Regio.Status);
    }

    private static void AssertEverySuppressedValueIndistinguishable(int[] counts, Func<int[], string> page)
    {
        var shown = page(counts);
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] is < 1 or > 4)
            {
                continue;
            }
            for (var candidate = 1; candidate <= 4; candidate++)
            {
                var alternative = (int[])counts.Clone();
                alternative[i] = candidate;
                var alternativePage = page(alternative);
                Assert.True(
                    shown == alternativePage,
                    $"Counts [{string.Join(", ", counts)}]: municipality {i} = {candidate} instead of {counts[i]} changes the page:\n{shown}\n{alternativePage}");
            }
        }
    }

    /// <summary>Everything the overview shows about the municipalities and the region, as text.</summary>
    private static string Page(int[] open, int[] langer)
    {
        var overzicht = SmallNumberSuppression.Apply(Voorbeeld.Overzicht(open, langer));
        return string.Join("\n", overzicht.Gemeenten.Select(g => Row(g.Code, g.Cijfers)).Append(Row("regio", overzicht.Regio)));
    }

    private static string Row(string naam, BeschermdeThuiszitterCijfers c) =>
        $"{naam}: {FigureText.Count(c.Open)} | {FigureText.Count(c.LangerDanDrieMaanden)} | {FigureText.Rate(c.PerDuizend)} | {FigureText.Percentage(c.BinnenDrieMaandenOpgelost)} | {c.Status}";

    private static IEnumerable<int[]> AllCombinations(int maximum)
    {
        for (var a = 0; a <= maximum; a++)
        for (var b = 0; b <= maximum; b++)
        for (var c = 0; c <= maximum; c++)
        for (var d = 0; d <= maximum; d++)
        {
            yield return [a, b, c, d];
        }
    }
}

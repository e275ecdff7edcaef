using Agenda.Api.Client;
using Ontwikkelagenda.Web.Formatting;

namespace Ontwikkelagenda.Web.Tests;

/// <summary>How a figure as Agenda.Api gives it reads on the page (which figures are withheld is Agenda.Api's rule).</summary>
public sealed class FigureTextTests
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
    public void Count_withheld_for_another_reason_than_a_small_number_reads_niet_getoond()
    {
        Assert.Equal("niet getoond", FigureText.Count(Cijfer.Withheld(Onderdrukking.Secondary)));
    }

    [Fact]
    public void Rate_beside_a_withheld_count_reads_niet_getoond()
    {
        Assert.Equal("niet getoond", FigureText.Rate(Cijfer.Rate(0.7m, Cijfer.Count(3))));
        Assert.Equal("1,2", FigureText.Rate(Cijfer.Rate(1.2m, Cijfer.Count(14))));
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
}

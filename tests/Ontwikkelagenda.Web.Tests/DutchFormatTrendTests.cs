using Agenda.Api.Client;
using Ontwikkelagenda.Web.Formatting;
using Ontwikkelagenda.Web.Privacy;
using Ontwikkelagenda.Web.Common;

namespace Ontwikkelagenda.Web.Tests;

/// <summary>The Dutch notation of the goal table and the trends.</summary>
public sealed class DutchFormatTrendTests
{
    [Fact]
    public void Month_on_a_trend_is_Dutch()
    {
        Assert.Equal("mrt 2026", DutchFormat.Month(new DateOnly(2026, 3, 31)));
        Assert.Equal("12 nov 2026", DutchFormat.ShortDate(new DateOnly(2026, 11, 12)));
    }

    [Theory]
    [InlineData(96.5, true, "96,5%")]
    [InlineData(1234, false, "1.234")]
    [InlineData(0, false, "0")]
    public void Goal_values_are_Dutch(double waarde, bool isPercentage, string expected)
    {
        Assert.Equal(expected, FigureText.DoelWaarde(Cijfer.Shown((decimal)waarde), isPercentage));
    }

    [Fact]
    public void Goal_without_a_value_says_so()
    {
        Assert.Equal("geen gegevens", FigureText.DoelWaarde(Cijfer.Shown(null), isPercentage: true));
    }

    [Theory]
    [InlineData(100, true, "doel: 100%")]
    [InlineData(0, false, "doel: 0")]
    public void Targets_are_Dutch(double streef, bool isPercentage, string expected)
    {
        Assert.Equal(expected, FigureText.Streefwaarde((decimal)streef, isPercentage));
    }
}

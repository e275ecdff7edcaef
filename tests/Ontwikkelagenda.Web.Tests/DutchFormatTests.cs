using Agenda.Api.Client;
using Ontwikkelagenda.Web.Formatting;
using Ontwikkelagenda.Web.Privacy;
using Ontwikkelagenda.Web.Common;

namespace Ontwikkelagenda.Web.Tests;

public sealed class DutchFormatTests
{
    [Theory]
    [InlineData(0.8, "0,8")]
    [InlineData(14.8, "14,8")]
    [InlineData(2, "2,0")]
    [InlineData(1234.5, "1.234,5")]
    public void Decimal_uses_a_comma_and_one_decimal(decimal value, string expected)
    {
        Assert.Equal(expected, DutchFormat.Decimal(value));
    }

    [Theory]
    [InlineData(0.85, "0,9")]
    [InlineData(0.25, "0,3")]
    [InlineData(-0.85, "-0,9")]
    public void Decimal_rounds_half_away_from_zero(decimal value, string expected)
    {
        Assert.Equal(expected, DutchFormat.Decimal(value));
    }

    [Fact]
    public void Percentage_has_a_comma_and_a_percent_sign()
    {
        Assert.Equal("96,5%", DutchFormat.Percentage(96.5m));
    }

    [Fact]
    public void Count_groups_thousands_with_a_dot()
    {
        Assert.Equal("12.500", DutchFormat.Count(12_500));
    }

    [Theory]
    [InlineData(2026, 1, 15, "15 januari 2026")]
    [InlineData(2026, 3, 1, "1 maart 2026")]
    [InlineData(2019, 10, 9, "9 oktober 2019")]
    public void Date_is_written_out_in_Dutch(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, DutchFormat.Date(new DateOnly(year, month, day)));
    }

    [Fact]
    public void Time_uses_the_24_hour_clock()
    {
        Assert.Equal("14:05:09", DutchFormat.Time(new DateTimeOffset(2026, 1, 15, 14, 5, 9, TimeSpan.FromHours(1))));
    }

    [Fact]
    public void Shown_rate_without_a_value_is_unknown()
    {
        Assert.Equal("onbekend", FigureText.Rate(Cijfer.Shown(null)));
    }

    [Theory]
    [InlineData(2026, 1, 15, 13, 5, "15 januari 2026 14:05")] // winter: UTC+1
    [InlineData(2026, 7, 1, 22, 30, "2 juli 2026 00:30")] // summer: UTC+2, past midnight
    public void Moment_is_on_the_regions_clock_whatever_the_servers_zone(int year, int month, int day, int hourUtc, int minute, string expected)
    {
        Assert.Equal(expected, DutchFormat.Moment(new DateTimeOffset(year, month, day, hourUtc, minute, 0, TimeSpan.Zero)));
    }
}

using Ontwikkelagenda.Web.Common;
namespace Ontwikkelagenda.Web.Tests;

public sealed class AmsterdamClockTests
{
    [Fact]
    public void Today_is_the_calendar_date_in_Amsterdam_not_in_UTC()
    {
        var clock = new AmsterdamClock(new FixedTimeProvider(new DateTimeOffset(2026, 1, 15, 23, 30, 0, TimeSpan.Zero)));

        Assert.Equal(new DateOnly(2026, 1, 16), clock.Today());
    }

    [Fact]
    public void Now_is_in_summer_time_in_July()
    {
        var clock = new AmsterdamClock(new FixedTimeProvider(new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.Zero)));

        Assert.Equal(TimeSpan.FromHours(2), clock.Now().Offset);
        Assert.Equal(12, clock.Now().Hour);
    }
}

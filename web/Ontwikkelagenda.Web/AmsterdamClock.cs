namespace Ontwikkelagenda.Web;

/// <summary>The region's dates and times: KPI dates are calendar dates in Europe/Amsterdam, "today" too.</summary>
public sealed class AmsterdamClock(TimeProvider timeProvider)
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public DateTimeOffset Now() => TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), Amsterdam);

    public DateOnly Today() => DateOnly.FromDateTime(Now().DateTime);
}

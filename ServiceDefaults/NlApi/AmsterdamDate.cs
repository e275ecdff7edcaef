namespace Ontwikkelagenda.ServiceDefaults.NlApi;

/// <summary>Calendar dates in the region's time zone: "today" is the date in Europe/Amsterdam (domain.md).</summary>
public static class AmsterdamDate
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateTimeOffset AmsterdamNow(this TimeProvider timeProvider) =>
        TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), Zone);

    /// <summary>The same moment on the region's clock, whatever the server's time zone.</summary>
    public static DateTimeOffset InAmsterdam(this DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Zone);

    public static DateOnly Today(this TimeProvider timeProvider) => DateOnly.FromDateTime(timeProvider.AmsterdamNow().DateTime);

    /// <summary>Parses a date the way the APIs write them: <c>yyyy-MM-dd</c>, nothing else.</summary>
    public static bool TryParseIso(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out date);
}

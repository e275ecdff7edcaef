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

    /// <summary>
    /// The dates the APIs take: the system's events start with the 2014-2015 laws, so a date outside this century is a
    /// typo (0001-01-01, 2999-12-31), and month arithmetic near DateOnly's limits would overflow.
    /// </summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    /// <inheritdoc cref="Earliest"/>
    public static readonly DateOnly Latest = new(2099, 12, 31);

    public static bool InRange(DateOnly date) => date >= Earliest && date <= Latest;

    /// <summary>The reason a date outside <see cref="Earliest"/> to <see cref="Latest"/> is refused, in Dutch.</summary>
    public static string OutOfRangeReason(string label) => $"{label} ligt tussen {Earliest:yyyy-MM-dd} en {Latest:yyyy-MM-dd}.";

    /// <summary>Parses a date the way the APIs write them: <c>yyyy-MM-dd</c>, nothing else.</summary>
    public static bool TryParseIso(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out date);
}

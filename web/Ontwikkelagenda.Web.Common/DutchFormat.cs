using System.Globalization;
using Ontwikkelagenda.ServiceDefaults.NlApi;

namespace Ontwikkelagenda.Web.Common;

/// <summary>
/// Dutch notation for figures and dates ("0,8", "96,5%", "15 januari 2026"). Uses nl-NL explicitly,
/// so a figure reads the same whatever culture the server or circuit runs in.
/// </summary>
public static class DutchFormat
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>A whole number with a thousands dot: 1.234.</summary>
    public static string Count(decimal count) => count.ToString("#,0", Culture);

    /// <summary>One decimal with a comma, rounded half away from zero as the KPI definitions say: 0,8.</summary>
    public static string Decimal(decimal value) =>
        Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("#,0.0", Culture);

    /// <summary>96,5% (Dutch writes the sign without a space).</summary>
    public static string Percentage(decimal value) => Decimal(value) + "%";

    /// <summary>15 januari 2026.</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    /// <summary>12 nov 2026: a date where space is short.</summary>
    public static string ShortDate(DateOnly date) => date.ToString("d MMM yyyy", Culture);

    /// <summary>nov 2026: a month on a chart's axis.</summary>
    public static string Month(DateOnly date) => date.ToString("MMM yyyy", Culture);

    /// <summary>14:05:09, 24-hour clock.</summary>
    public static string Time(DateTimeOffset moment) => moment.ToString("HH:mm:ss", Culture);

    /// <summary>15 januari 2026 14:05 on the region's clock: when a melding was received.</summary>
    public static string Moment(DateTimeOffset moment) => moment.InAmsterdam().ToString("d MMMM yyyy HH:mm", Culture);
}

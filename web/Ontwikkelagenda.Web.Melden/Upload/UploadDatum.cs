using System.Globalization;

namespace Ontwikkelagenda.Web.Melden.Upload;

/// <summary>Dates as people type them in spreadsheets: 2026-11-02 (as the template asks) or the Dutch 2-11-2026.</summary>
public static class UploadDatum
{
    private static readonly string[] Vormen = ["yyyy-MM-dd", "d-M-yyyy", "d/M/yyyy"];

    public static DateOnly? Lees(string? tekst) =>
        DateOnly.TryParseExact(tekst, Vormen, CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum) ? datum : null;
}

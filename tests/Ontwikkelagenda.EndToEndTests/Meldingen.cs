using System.Globalization;

namespace Ontwikkelagenda.EndToEndTests;

/// <summary>Request bodies a leerplicht office sends, built fresh for each test so runs never collide.</summary>
internal static class Meldingen
{
    public static DateOnly Today => DateOnly.FromDateTime(
        TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).DateTime);

    public static object Absoluut(string gemeente, DateOnly startdatum) => new
    {
        meldingId = Guid.NewGuid(),
        casusReferentie = $"E2E-{Guid.NewGuid().ToString("N")[..12]}",
        gemeente,
        brin = (string?)null,
        soortVerzuim = "absoluut",
        startdatum = startdatum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    public static object LangdurigRelatief(string gemeente, string brin, DateOnly startdatum) => new
    {
        meldingId = Guid.NewGuid(),
        casusReferentie = $"E2E-{Guid.NewGuid().ToString("N")[..12]}",
        gemeente,
        brin,
        soortVerzuim = "langdurig-relatief",
        startdatum = startdatum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    public static object Beeindiging(DateOnly einddatum, string uitkomst) => new
    {
        meldingId = Guid.NewGuid(),
        einddatum = einddatum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        uitkomst,
    };

    public static object Overdracht(string naarGemeente, DateOnly overdrachtsdatum) => new
    {
        meldingId = Guid.NewGuid(),
        naarGemeente,
        overdrachtsdatum = overdrachtsdatum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}

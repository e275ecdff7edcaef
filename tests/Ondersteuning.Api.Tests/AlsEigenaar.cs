using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using Ontwikkelagenda.ServiceDefaults.Toegang;

namespace Ondersteuning.Api.Tests;

/// <summary>
/// A client that acts as whoever may make each request: the staff of the school the resource in the path (or the body,
/// or the worklist's query) names, the SWV's staff for a complex case without a school or a municipality's worklist,
/// and an OOGO partner of the SWV for progress reports. The tests of the flows act as whoever may do them;
/// <see cref="ToegangTests"/> tests the rights.
/// </summary>
internal static class AlsEigenaar
{
    public const string Audience = "ondersteuning-api";
    public static readonly TestGebruiker SwvMedewerker = TestGebruiker.Swv("PO2201");

    public static HttpClient Client(WebApplicationFactory<Program> host, string databaseConnectionString) =>
        host.CreateDefaultClient(new TokenHandler((request, ct) => WieAsync(request, databaseConnectionString, ct), Audience));

    private static async Task<TestGebruiker> WieAsync(HttpRequestMessage request, string databaseConnectionString, CancellationToken cancellationToken)
    {
        var pad = request.RequestUri?.AbsolutePath ?? "";
        if (pad.StartsWith("/v1/voortgangsrapportages", StringComparison.Ordinal)) return TestGebruiker.Oogo(OrganisatieSoorten.Swv, "PO2201");

        foreach (var collectie in new[] { "trajecten", "eed-verwijzingen", "complexe-casussen" })
        {
            if (Verzoekinhoud.Id(request, collectie) is { } id && await SchoolVanAsync(databaseConnectionString, id, cancellationToken) is var (bestaat, brin) && bestaat)
                return brin is null ? SwvMedewerker : TestGebruiker.School(brin);
        }
        var school = await Verzoekinhoud.JsonVeld(request, "brin", cancellationToken) ?? Verzoekinhoud.Query(request, "brin");
        return school is null ? SwvMedewerker : TestGebruiker.School(school);
    }

    /// <summary>Whether the resource exists, and the school its latest creating melding names.</summary>
    private static async Task<(bool Bestaat, string? Brin)> SchoolVanAsync(string databaseConnectionString, Guid id, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(databaseConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            SELECT event_body->>'brin' FROM ondersteuning.meldingen
            WHERE entiteit_id = @p AND event_type IN ('TrajectGestart', 'EedVerwijzingGemeld', 'ComplexeCasusGemeld')
            ORDER BY ontvangen_op DESC LIMIT 1
            """, connection);
        command.Parameters.AddWithValue("p", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (true, reader.IsDBNull(0) ? null : reader.GetString(0)) : (false, null);
    }
}

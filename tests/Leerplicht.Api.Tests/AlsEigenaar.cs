using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace Leerplicht.Api.Tests;

/// <summary>
/// A client that acts as the leerplichtambtenaar of the municipality each request is about: the one the case in the
/// path belongs to now, else the one the body or the query names, else Tynaarlo (GM1730), for which most tests report.
/// The tests of the flows act as whoever may do them; <see cref="ToegangTests"/> tests the rights.
/// </summary>
internal static class AlsEigenaar
{
    public static HttpClient Client(WebApplicationFactory<Program> host, string databaseConnectionString) =>
        // The factory's own base address: the in-memory server's, or real Kestrel's once it runs there.
        host.CreateDefaultClient(host.ClientOptions.BaseAddress, new TokenHandler((request, ct) => WieAsync(request, databaseConnectionString, ct), LeerplichtHost.Audience));

    private static async Task<TestGebruiker> WieAsync(HttpRequestMessage request, string databaseConnectionString, CancellationToken cancellationToken)
    {
        var gemeente = Verzoekinhoud.Id(request, "thuiszitters") is { } id ? await GemeenteVanZaakAsync(databaseConnectionString, id, cancellationToken) : null;
        gemeente ??= await Verzoekinhoud.JsonVeld(request, "gemeente", cancellationToken) ?? Verzoekinhoud.Query(request, "gemeente") ?? "GM1730";
        return TestGebruiker.Leerplicht(gemeente);
    }

    private static async Task<string?> GemeenteVanZaakAsync(string databaseConnectionString, Guid zaakId, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(databaseConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT staat->>'gemeente' FROM leerplicht.entiteiten WHERE id = @p", connection);
        command.Parameters.AddWithValue("p", zaakId);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Inkoop.Api.Tests;

/// <summary>The requests the tests send, and reading their answers.</summary>
public static class Inkoop
{
    public const string Assen = "GM0106";
    public const string Tynaarlo = "GM1730";

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<Guid> RegistreerAanbieder(this HttpClient client, string naam = "Zorg op School BV", Guid? meldingId = null)
    {
        var response = await client.PostAsJsonAsync("/v1/aanbieders", new { meldingId = meldingId ?? Guid.NewGuid(), naam, kvkNummer = "12345678" }, Ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("aanbiederId").GetGuid();
    }

    public static object Contract(Guid aanbiederId, Guid? meldingId = null, string contractant = Assen, string soortZorg = "Ambulante jeugdhulp op school",
        string? einddatum = null, bool heleGemeente = false, string[]? scholen = null) => new
        {
            meldingId = meldingId ?? Guid.NewGuid(),
            aanbiederId,
            contractant,
            soort = "jeugdhulp",
            soortZorg,
            kader = "jeugdwet",
            startdatum = "2026-01-01",
            einddatum,
            heleGemeente,
            scholen = scholen ?? (heleGemeente ? [] : Register.ScholenIn(contractant == "subregio" ? Tynaarlo : contractant)[..2]),
        };

    public static async Task<Guid> MeldContract(this HttpClient client, object contract)
    {
        var response = await client.PostAsJsonAsync("/v1/contracten", contract, Ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("contractId").GetGuid();
    }

    public static async Task<JsonElement> Json(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(Ct);

    /// <summary>The field names of a 400's invalidParams.</summary>
    public static async Task<string[]> InvalidParams(this HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Json();
        return [.. body.GetProperty("invalidParams").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).Distinct()];
    }

    /// <summary>The melding ids of an entity's history, in order received.</summary>
    public static async Task<Guid[]> MeldingIds(this HttpClient client, string path)
    {
        var body = await client.GetFromJsonAsync<JsonElement>(path, Ct);
        return [.. body.GetProperty("meldingen").EnumerateArray().Select(m => m.GetProperty("meldingId").GetGuid())];
    }
}

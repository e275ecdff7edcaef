using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Globalization;

namespace Leerplicht.Api.Tests;

/// <summary>POST /v1/thuiszitters/validaties: the report's validation without storing or publishing (used by the CSV upload).</summary>
public sealed class ThuiszitterValidatiesTests(LeerplichtApiFixture fixture) : IClassFixture<LeerplichtApiFixture>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(
        TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).DateTime);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(long Zaken, long Meldingen, int Events)> Snapshot() =>
        (await fixture.CountAsync("SELECT count(*) FROM leerplicht.entiteiten"),
         await fixture.CountAsync("SELECT count(*) FROM leerplicht.meldingen"),
         await fixture.Events.CountAsync());

    [Fact]
    public async Task A_valid_report_is_200_geldig_and_stores_and_publishes_nothing()
    {
        var before = await Snapshot();
        var referentie = $"V-{Guid.NewGuid():N}"[..20];

        var response = await fixture.Client.PostAsJsonAsync("/v1/thuiszitters/validaties", new
        {
            meldingId = Guid.NewGuid(), casusReferentie = referentie, gemeente = "GM1730", brin = "12AB",
            soortVerzuim = "langdurig-relatief", startdatum = Today.AddDays(-40).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("geldig").GetBoolean());
        Assert.True(response.Headers.Contains("API-Version"));
        Assert.Equal(before, await Snapshot());
        Assert.Equal(0, await fixture.CountAsync("SELECT count(*) FROM leerplicht.entiteiten WHERE staat->>'casusReferentie' = @p", referentie));
    }

    [Fact]
    public async Task An_invalid_report_is_a_400_naming_every_wrong_field_and_changes_nothing()
    {
        var before = await Snapshot();

        var response = await fixture.Client.PostAsJsonAsync("/v1/thuiszitters/validaties", new
        {
            meldingId = "geen-uuid", casusReferentie = "123456782", gemeente = "GM0363", brin = "12AB",
            soortVerzuim = "absoluut", startdatum = Today.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(new[] { "brin", "casusReferentie", "gemeente", "meldingId", "startdatum" },
            problem.GetProperty("invalidParams").EnumerateArray().Select(p => p.GetProperty("name").GetString()).Distinct().Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(before, await Snapshot());
    }

    [Fact]
    public async Task Malformed_json_is_a_400_on_the_body()
    {
        var response = await fixture.Client.PostAsync("/v1/thuiszitters/validaties",
            new StringContent("{\"meldingId\":", System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("body", problem.GetProperty("invalidParams")[0].GetProperty("name").GetString());
    }
}

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Leerplicht.Api.Tests;

/// <summary>Leerplicht.Api in process against real PostgreSQL and RabbitMQ.</summary>
public sealed class ThuiszittersApiTests(LeerplichtApiFixture fixture) : IClassFixture<LeerplichtApiFixture>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(
        TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).DateTime);

    private HttpClient Client => fixture.Client;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Melding(Guid meldingId, string casusReferentie, string gemeente = "GM1730") => new
    {
        meldingId,
        casusReferentie,
        gemeente,
        brin = "12AB",
        soortVerzuim = "langdurig-relatief",
        startdatum = Today.AddDays(-40).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private static object Beeindiging(Guid meldingId, string uitkomst = "terug-naar-school") => new
    {
        meldingId,
        einddatum = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        uitkomst,
    };

    private static string NewReferentie() => $"T-{Guid.NewGuid():N}"[..20];

    private async Task<Guid> MeldAsync()
    {
        var response = await Client.PostAsJsonAsync("/v1/thuiszitters", Melding(Guid.NewGuid(), NewReferentie()), Ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task The_same_melding_id_twice_creates_one_case_publishes_one_event_and_gets_the_same_answer()
    {
        var melding = Melding(Guid.NewGuid(), NewReferentie());

        var first = await Client.PostAsJsonAsync("/v1/thuiszitters", melding, Ct);
        var second = await Client.PostAsJsonAsync("/v1/thuiszitters", melding, Ct);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        var body = await first.Content.ReadAsStringAsync(Ct);
        Assert.Equal(body, await second.Content.ReadAsStringAsync(Ct));

        var zaakId = JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
        Assert.Equal($"/v1/thuiszitters/{zaakId}", first.Headers.Location!.OriginalString);
        Assert.Equal(1, await fixture.CountAsync("SELECT count(*) FROM leerplicht.entiteiten WHERE id = @p", zaakId));
        var events = await fixture.Events.ForAsync(zaakId);
        var gemeld = Assert.Single(events);
        Assert.Equal(gemeld.EventId, gemeld.MessageId);
    }

    [Fact]
    public async Task The_same_melding_id_with_another_body_is_a_409_that_says_so_and_stores_nothing()
    {
        var meldingId = Guid.NewGuid();
        var referentie = NewReferentie();
        var first = await Client.PostAsJsonAsync("/v1/thuiszitters", Melding(meldingId, referentie), Ct);
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        var zaakId = (await first.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();

        var other = await Client.PostAsJsonAsync("/v1/thuiszitters", Melding(meldingId, referentie, gemeente: "GM0106"), Ct);

        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType?.MediaType);
        Assert.Contains("andere inhoud", (await other.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString());
        Assert.Equal("GM1730", (await Client.GetFromJsonAsync<JsonElement>($"/v1/thuiszitters/{zaakId}", Ct)).GetProperty("gemeente").GetString());
        Assert.Single(await fixture.Events.ForAsync(zaakId));
    }

    [Fact]
    public async Task Concurrent_duplicates_of_one_melding_create_one_case()
    {
        var referentie = NewReferentie();
        var melding = Melding(Guid.NewGuid(), referentie);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Client.PostAsJsonAsync("/v1/thuiszitters", melding, Ct)));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Accepted, response.StatusCode));
        Assert.Single(responses.Select(response => response.Headers.Location).Distinct());
        Assert.Equal(1, await fixture.CountAsync("SELECT count(*) FROM leerplicht.entiteiten WHERE staat->>'casusReferentie' = @p", referentie));
    }

    [Fact]
    public async Task The_location_of_an_accepted_melding_resolves_to_the_case()
    {
        var referentie = NewReferentie();
        var response = await Client.PostAsJsonAsync("/v1/thuiszitters", Melding(Guid.NewGuid(), referentie, "GM0106"), Ct);

        var zaak = await Client.GetFromJsonAsync<JsonElement>(response.Headers.Location, Ct);

        Assert.Equal(referentie, zaak.GetProperty("casusReferentie").GetString());
        Assert.Equal("GM0106", zaak.GetProperty("gemeente").GetString());
        Assert.Equal("langdurig-relatief", zaak.GetProperty("soortVerzuim").GetString());
        Assert.Equal(JsonValueKind.Null, zaak.GetProperty("einddatum").ValueKind);
    }

    [Fact]
    public async Task An_invalid_melding_is_400_listing_every_field_and_stores_and_publishes_nothing()
    {
        var eventsBefore = await fixture.Events.CountAsync();
        var meldingenBefore = await fixture.CountAsync("SELECT count(*) FROM leerplicht.meldingen");
        var referentie = NewReferentie();

        var response = await Client.PostAsJsonAsync("/v1/thuiszitters", new
        {
            meldingId = Guid.NewGuid(),
            casusReferentie = referentie,
            gemeente = "GM0363",
            brin = (string?)null,
            soortVerzuim = "langdurig-relatief",
            startdatum = Today.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
        Assert.Equal(new[] { "brin", "gemeente", "startdatum" },
            problem.GetProperty("errors").EnumerateObject().Select(field => field.Name).Order().ToArray());
        Assert.Equal(new[] { "brin", "gemeente", "startdatum" },
            problem.GetProperty("invalidParams").EnumerateArray().Select(p => p.GetProperty("name").GetString()).Order().ToArray());

        Assert.Equal(0, await fixture.CountAsync("SELECT count(*) FROM leerplicht.entiteiten WHERE staat->>'casusReferentie' = @p", referentie));
        Assert.Equal(meldingenBefore, await fixture.CountAsync("SELECT count(*) FROM leerplicht.meldingen"));
        Assert.Equal(eventsBefore, await fixture.Events.CountAsync());
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem()
    {
        var response = await Client.PostAsync("/v1/thuiszitters", new StringContent("{\"meldingId\":", System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Closing_an_unknown_case_is_a_404_problem_with_a_reason()
    {
        var response = await Client.PostAsJsonAsync($"/v1/thuiszitters/{Guid.NewGuid()}/beeindiging", Beeindiging(Guid.NewGuid()), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains("onbekende zaak", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Closing_a_closed_case_with_another_melding_is_a_409_problem_and_publishes_one_closing()
    {
        var zaakId = await MeldAsync();

        var first = await Client.PostAsJsonAsync($"/v1/thuiszitters/{zaakId}/beeindiging", Beeindiging(Guid.NewGuid(), "zorgaanbod"), Ct);
        var second = await Client.PostAsJsonAsync($"/v1/thuiszitters/{zaakId}/beeindiging", Beeindiging(Guid.NewGuid(), "vrijstelling"), Ct);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var problem = await second.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains("al beëindigd", problem.GetProperty("detail").GetString());
        var zaak = await Client.GetFromJsonAsync<JsonElement>($"/v1/thuiszitters/{zaakId}", Ct);
        Assert.Equal("zorgaanbod", zaak.GetProperty("uitkomst").GetString());
        Assert.Single(await fixture.Events.ForAsync(zaakId), e => e.Exchange.EndsWith("ThuiszitterBeeindigd", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Concurrent_closings_with_different_meldingen_let_exactly_one_win()
    {
        var zaakId = await MeldAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            Client.PostAsJsonAsync($"/v1/thuiszitters/{zaakId}/beeindiging", Beeindiging(Guid.NewGuid()), Ct)));

        Assert.Single(responses, response => response.StatusCode == HttpStatusCode.Accepted);
        Assert.Equal(5, responses.Count(response => response.StatusCode == HttpStatusCode.Conflict));
        Assert.Single(await fixture.Events.ForAsync(zaakId), e => e.Exchange.EndsWith("ThuiszitterBeeindigd", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Repeating_a_closing_gets_the_same_answer_and_publishes_it_once()
    {
        var zaakId = await MeldAsync();
        var closing = Beeindiging(Guid.NewGuid());

        var first = await Client.PostAsJsonAsync($"/v1/thuiszitters/{zaakId}/beeindiging", closing, Ct);
        var second = await Client.PostAsJsonAsync($"/v1/thuiszitters/{zaakId}/beeindiging", closing, Ct);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(Ct), await second.Content.ReadAsStringAsync(Ct));
        Assert.Single(await fixture.Events.ForAsync(zaakId), e => e.Exchange.EndsWith("ThuiszitterBeeindigd", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_einddatum_before_the_startdatum_is_a_400_and_leaves_the_case_open()
    {
        var zaakId = await MeldAsync();

        var response = await Client.PostAsJsonAsync($"/v1/thuiszitters/{zaakId}/beeindiging", new
        {
            meldingId = Guid.NewGuid(),
            einddatum = Today.AddDays(-41).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            uitkomst = "terug-naar-school",
        }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(problem.GetProperty("errors").TryGetProperty("einddatum", out _));
        var zaak = await Client.GetFromJsonAsync<JsonElement>($"/v1/thuiszitters/{zaakId}", Ct);
        Assert.Equal(JsonValueKind.Null, zaak.GetProperty("einddatum").ValueKind);
        Assert.DoesNotContain(await fixture.Events.ForAsync(zaakId), e => e.Exchange.EndsWith("ThuiszitterBeeindigd", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_response_carries_the_full_api_version_header()
    {
        var ok = await Client.GetAsync("/v1/openapi.json", Ct);
        var notFound = await Client.GetAsync($"/v1/thuiszitters/{Guid.NewGuid()}", Ct);

        Assert.Equal("1.0.0", Assert.Single(ok.Headers.GetValues("API-Version")));
        Assert.Equal("1.0.0", Assert.Single(notFound.Headers.GetValues("API-Version")));
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.Equal("application/problem+json", notFound.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_openapi_document_has_its_major_version_in_the_server_url_and_relative_paths()
    {
        var document = await Client.GetFromJsonAsync<JsonElement>("/v1/openapi.json", Ct);

        Assert.Equal("/v1", document.GetProperty("servers")[0].GetProperty("url").GetString());
        var paths = document.GetProperty("paths").EnumerateObject().Select(path => path.Name).ToArray();
        Assert.Contains("/thuiszitters", paths);
        Assert.Contains("/thuiszitters/{id}/beeindiging", paths);
        Assert.DoesNotContain(paths, path => path.StartsWith("/v1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_openapi_document_asks_every_operation_for_a_bearer_token_and_documents_the_401_and_the_403()
    {
        var document = await Client.GetFromJsonAsync<JsonElement>("/v1/openapi.json", Ct);

        Assert.Empty(OpenApiToken.Gebreken(document, ["post /thuiszitters", "get /thuiszitters/{id}", "post /thuiszitters/{id}/beeindiging"]));
    }
}

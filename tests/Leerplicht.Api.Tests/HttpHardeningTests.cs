using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Ontwikkelagenda.Intake.Http;

namespace Leerplicht.Api.Tests;

/// <summary>Security headers, the body limit and CORS of an intake, over real HTTP.</summary>
public sealed class HttpHardeningTests(KestrelFixture fixture) : IClassFixture<KestrelFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Melding(Guid meldingId) => new
    {
        meldingId,
        casusReferentie = $"H-{Guid.NewGuid():N}"[..20],
        gemeente = "GM1730",
        brin = "12AB",
        soortVerzuim = "langdurig-relatief",
        startdatum = DateTime.UtcNow.AddDays(-40).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task An_accepted_melding_and_a_problem_both_carry_the_security_headers_and_no_HSTS_over_plain_HTTP()
    {
        var accepted = await fixture.Client.PostAsJsonAsync("/v1/thuiszitters", Melding(Guid.NewGuid()), Ct);
        var notFound = await fixture.Client.GetAsync($"/v1/thuiszitters/{Guid.NewGuid()}", Ct);

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.All([accepted, notFound], response =>
        {
            Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
            Assert.Equal("DENY", Header(response, "X-Frame-Options"));
            Assert.Equal("default-src 'none'; frame-ancestors 'none'", Header(response, "Content-Security-Policy"));
            Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
            Assert.Equal("no-store", Header(response, "Cache-Control"));
            Assert.Null(Header(response, "Strict-Transport-Security"));
        });
    }

    [Fact]
    public async Task A_body_over_the_intake_limit_is_a_413_problem_in_Dutch_and_stores_nothing()
    {
        var meldingId = Guid.NewGuid();
        // A valid start, then padding to just over the limit: the service must stop reading, not parse it.
        var body = $"{{\"meldingId\":\"{meldingId}\",\"opvulling\":\"{new string('x', (int)IntakeHttp.MaxBodyBytes)}\"}}";
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        var response = await fixture.Client.PostAsync("/v1/thuiszitters", content, Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(413, problem.GetProperty("status").GetInt32());
        Assert.Equal("Verzoek te groot", problem.GetProperty("title").GetString());
        Assert.Equal("Het verzoek is groter dan deze API aanneemt.", problem.GetProperty("detail").GetString());
        Assert.Equal(0, await fixture.CountAsync("SELECT count(*) FROM leerplicht.meldingen WHERE melding_id = @p", meldingId));
    }

    [Fact]
    public async Task A_preflight_from_an_unlisted_origin_is_refused()
    {
        var response = await PreflightAsync("https://elders.example.org");

        Assert.Null(Header(response, "Access-Control-Allow-Origin"));
        Assert.Null(Header(response, "Access-Control-Allow-Methods"));
    }

    [Fact]
    public async Task A_preflight_from_an_origin_in_Cors_Origins_is_allowed()
    {
        var response = await PreflightAsync(KestrelFixture.AllowedOrigin);

        Assert.True(response.IsSuccessStatusCode, $"preflight answered {(int)response.StatusCode}");
        Assert.Equal(KestrelFixture.AllowedOrigin, Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("POST", Header(response, "Access-Control-Allow-Methods"), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> PreflightAsync(string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/v1/thuiszitters");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return await fixture.Client.SendAsync(request, Ct);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;
}

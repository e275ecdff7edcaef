using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Ontwikkelagenda.LocalServers;

namespace Leerplicht.Api.Tests;

/// <summary>The intake's POST limit per address, set low here: beyond it 429 problem+json with Retry-After, and nothing stored.</summary>
public sealed class RateLimitTests(RateLimitTests.LowLimitFixture fixture) : IClassFixture<RateLimitTests.LowLimitFixture>
{
    private const int PerMinute = 3;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Posts_beyond_the_limit_get_429_problem_json_with_Retry_After_and_change_nothing()
    {
        // The fixed window may roll over once between posts on a slow machine, so allow two windows' worth before the refusal.
        HttpResponseMessage? refused = null;
        var refusedId = Guid.Empty;
        for (var i = 0; i <= 2 * PerMinute && refused is null; i++)
        {
            var meldingId = Guid.NewGuid();
            var response = await fixture.Client.PostAsJsonAsync("/v1/thuiszitters", Melding(meldingId), Ct);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refused = response;
                refusedId = meldingId;
            }
            else
            {
                Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            }
        }

        Assert.NotNull(refused);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.Equal("Te veel verzoeken", problem.GetProperty("title").GetString());
        Assert.Contains("Wacht een minuut", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var retryAfter = int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        Assert.Equal(0, await fixture.CountAsync("SELECT count(*) FROM leerplicht.meldingen WHERE melding_id = @p", refusedId));
    }

    [Fact]
    public async Task Reads_are_not_limited()
    {
        for (var i = 0; i < 3 * PerMinute; i++)
        {
            var response = await fixture.Client.GetAsync($"/v1/thuiszitters/{Guid.NewGuid()}", Ct);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    private static object Melding(Guid meldingId) => new
    {
        meldingId,
        casusReferentie = $"R-{Guid.NewGuid():N}"[..20],
        gemeente = "GM1730",
        brin = "12AB",
        soortVerzuim = "langdurig-relatief",
        startdatum = DateTime.UtcNow.AddDays(-40).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>Leerplicht.Api with a limit of <see cref="PerMinute"/> POSTs a minute, on servers of its own.</summary>
    public sealed class LowLimitFixture : LeerplichtHost
    {
        protected override void Configure(IWebHostBuilder web) =>
            web.UseSetting("Intake:PostsPerMinuutPerAdres", PerMinute.ToString(CultureInfo.InvariantCulture));
    }
}

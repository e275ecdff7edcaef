using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Ontwikkelagenda.TestSupport;

namespace Ontwikkelagenda.IntegrationTests;

/// <summary>
/// Agenda.Api takes only its own tokens (issue 11, point 2); who reads which endpoint is
/// <see cref="AgendaRechtenmatrixTests"/>' part.
/// </summary>
public sealed class AgendaApiToegangTests(ServersFixture servers)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<string?> ProblemDetailAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.True(response.StatusCode == status, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return problem.RootElement.GetProperty("detail").GetString();
    }

    [Fact]
    public async Task A_token_for_another_API_is_401_here()
    {
        await using var environment = new SiloEnvironment(servers);
        await environment.StartSiloAsync();
        await using var api = new AgendaApiFactory(servers, environment);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/regio-overzicht");
        request.Headers.Authorization = TestTokens.Bearer(TestTokens.Voor(TestGebruiker.Wethouder("GM1730"), "leerplicht-api"));

        var response = await api.CreateClient().SendAsync(request, Ct);

        Assert.Contains("audience", await ProblemDetailAsync(response, HttpStatusCode.Unauthorized), StringComparison.Ordinal);
    }

    // docs/rights.md, "Public overview": the protected regio-overzicht may be made public by a setting, off by default.
    [Fact]
    public async Task The_regio_overzicht_needs_a_token_unless_it_is_made_public()
    {
        await using var environment = new SiloEnvironment(servers);
        await environment.StartSiloAsync();
        await using var api = new AgendaApiFactory(servers, environment);
        await using var openbaar = api.WithWebHostBuilder(b => b.UseSetting("Agenda:RegioOverzichtOpenbaar", "true"));

        var zonderInstelling = await api.CreateClient().GetAsync("/v1/regio-overzicht", Ct);
        var metInstelling = await openbaar.CreateClient().GetAsync("/v1/regio-overzicht", Ct);
        var gemeenteMetInstelling = await openbaar.CreateClient().GetAsync("/v1/gemeenten/GM0106", Ct);

        await ProblemDetailAsync(zonderInstelling, HttpStatusCode.Unauthorized);
        Assert.True(metInstelling.StatusCode == HttpStatusCode.OK, $"{metInstelling.StatusCode}: {await metInstelling.Content.ReadAsStringAsync(Ct)}");
        using var overzicht = JsonDocument.Parse(await metInstelling.Content.ReadAsStringAsync(Ct));
        Assert.Equal(4, overzicht.RootElement.GetProperty("gemeenten").GetArrayLength());
        // Only the regional overview: every other answer still needs a token.
        Assert.Equal(HttpStatusCode.Unauthorized, gemeenteMetInstelling.StatusCode);
    }
}

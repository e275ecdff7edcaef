using System.Net;

namespace Ontwikkelagenda.IntegrationTests;

/// <summary>Agenda.Api's answers, data and problems alike, carry the transport-security headers of the NL API Design Rules.</summary>
public sealed class AgendaApiSecurityHeadersTests(ServersFixture servers)
{
    [Fact]
    public async Task An_overview_a_problem_and_a_refusal_carry_the_security_headers_and_are_not_cached()
    {
        await using var environment = new SiloEnvironment(servers);
        await environment.StartSiloAsync();
        await using var api = new AgendaApiFactory(servers, environment);
        var client = api.Lezer();

        var overzicht = await client.GetAsync("/v1/regio-overzicht?peildatum=2026-04-30", TestContext.Current.CancellationToken);
        var probleem = await client.GetAsync("/v1/regio-overzicht?peildatum=2026-13-01", TestContext.Current.CancellationToken);
        var geweigerd = await api.CreateClient().GetAsync("/v1/regio-overzicht?peildatum=2026-04-30", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, overzicht.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, probleem.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, geweigerd.StatusCode);
        Assert.All([overzicht, probleem, geweigerd], response =>
        {
            Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
            Assert.Equal("DENY", Header(response, "X-Frame-Options"));
            Assert.Equal("default-src 'none'; frame-ancestors 'none'", Header(response, "Content-Security-Policy"));
            Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
            Assert.Equal("no-store", Header(response, "Cache-Control"));
            Assert.Null(Header(response, "Strict-Transport-Security"));
        });
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;
}

using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Identity.Api.Tests;

/// <summary>Scripts and the CSV upload of an organisation get tokens bound to that organisation.</summary>
public sealed class ClientCredentialsTests(IdentityApiFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<HttpResponseMessage> RequestAsync(HttpClient client, string clientId, string secret, string scope) =>
        client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["scope"] = scope,
        }), Ct);

    [Fact]
    public async Task The_organisations_client_gets_a_signed_short_lived_token_with_its_organisation_roles_and_audience()
    {
        using var client = fixture.Factory.CreateClient();
        var response = await Jwks.TokenResponseAsync(await RequestAsync(client, "script-gm0106", fixture.Demo.Geheim("script-gm0106"), "leerplicht-api"));
        var accessToken = response.GetProperty("access_token").GetString()!;

        var validated = await Jwks.ValidateAsync(client, accessToken, "leerplicht-api");
        Assert.True(validated.IsValid, validated.Exception?.Message);
        var token = (JsonWebToken)validated.SecurityToken;
        Assert.Equal("script-gm0106", token.Subject);
        Assert.Equal("gemeente", token.GetClaim("organisatie_soort").Value);
        Assert.Equal("GM0106", token.GetClaim("organisatie_code").Value);
        Assert.Equal(["leerplichtambtenaar", "inkoper", "oogo-partner"], token.Claims.Where(c => c.Type == "role").Select(c => c.Value));
        Assert.Equal(["leerplicht-api"], token.Audiences);
        Assert.InRange(token.ValidTo - token.IssuedAt, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5));

        // Meant for Leerplicht.Api only: an API that checks its audience refuses it.
        Assert.False((await Jwks.ValidateAsync(client, accessToken, "agenda-api")).IsValid);
    }

    [Fact]
    public async Task The_web_gets_its_own_token_for_agenda_api_without_organisation_or_role()
    {
        using var client = fixture.Factory.CreateClient();
        var response = await Jwks.TokenResponseAsync(await RequestAsync(client, "web", IdentityApiFixture.WebClientSecret, "agenda-api"));

        var validated = await Jwks.ValidateAsync(client, response.GetProperty("access_token").GetString()!, "agenda-api");
        Assert.True(validated.IsValid, validated.Exception?.Message);
        var token = (JsonWebToken)validated.SecurityToken;
        Assert.Equal("web", token.Subject);
        Assert.DoesNotContain(token.Claims, c => c.Type is "role" or "organisatie_soort" or "organisatie_code");
        Assert.Equal(["agenda-api"], token.Audiences);
    }

    [Fact]
    public async Task A_bad_client_secret_is_refused()
    {
        using var client = fixture.Factory.CreateClient();
        var response = await RequestAsync(client, "script-gm0106", "niet-het-geheim", "leerplicht-api");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("invalid_client", body.RootElement.GetProperty("error").GetString());
        Assert.False(body.RootElement.TryGetProperty("access_token", out _));
    }

    [Fact]
    public async Task Too_many_token_requests_from_one_address_get_429_with_a_dutch_problem()
    {
        await using var strict = fixture.Host(web => web.UseSetting("Identity:TokenRequestsPerMinute", "1"));
        using var client = strict.CreateClient();

        await RequestAsync(client, "script-19sl", fixture.Demo.Geheim("script-19sl"), "ondersteuning-api");
        var second = await RequestAsync(client, "script-19sl", fixture.Demo.Geheim("script-19sl"), "ondersteuning-api");

        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await second.Content.ReadAsStringAsync(Ct));
        Assert.Equal("Te veel verzoeken", problem.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_token_stays_valid_after_a_restart_because_the_signing_key_is_kept()
    {
        using var client = fixture.Factory.CreateClient();
        var response = await Jwks.TokenResponseAsync(await RequestAsync(client, "script-po2201", fixture.Demo.Geheim("script-po2201"), "ondersteuning-api"));

        await using var restarted = fixture.Host();
        using var afterRestart = restarted.CreateClient();
        var validated = await Jwks.ValidateAsync(afterRestart, response.GetProperty("access_token").GetString()!, "ondersteuning-api");

        Assert.True(validated.IsValid, validated.Exception?.Message);
    }
}

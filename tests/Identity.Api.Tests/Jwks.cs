using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Identity.Api.Tests;

/// <summary>What an API does with an access token: find the keys through discovery and validate issuer, audience, lifetime and signature.</summary>
public static class Jwks
{
    public static async Task<TokenValidationResult> ValidateAsync(HttpClient client, string accessToken, string audience)
    {
        var ct = TestContext.Current.CancellationToken;
        using var discovery = JsonDocument.Parse(await client.GetStringAsync("/.well-known/openid-configuration", ct));
        var issuer = discovery.RootElement.GetProperty("issuer").GetString();
        var jwksUri = new Uri(discovery.RootElement.GetProperty("jwks_uri").GetString()!);
        var keys = new JsonWebKeySet(await client.GetStringAsync(jwksUri.PathAndQuery, ct));
        return await new JsonWebTokenHandler().ValidateTokenAsync(accessToken, new TokenValidationParameters
        {
            ValidIssuer = issuer,
            ValidAudience = audience,
            IssuerSigningKeys = keys.GetSigningKeys(),
            ValidateLifetime = true,
            RequireSignedTokens = true,
        });
    }

    public static async Task<JsonElement> TokenResponseAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"Token endpoint answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}

using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Identity.Api.Tests;

/// <summary>The web's flow, step by step as a browser takes it: authorize, login page, code, token with the code verifier.</summary>
public sealed class AuthorizationCodeTests(IdentityApiFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string AuthorizeUrl(string? codeChallenge) =>
        QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = "web",
            ["response_type"] = "code",
            ["redirect_uri"] = IdentityApiFixture.WebRedirectUri,
            ["scope"] = "openid profile roles agenda-api",
            ["state"] = "toestand-123",
            ["code_challenge"] = codeChallenge,
            ["code_challenge_method"] = codeChallenge is null ? null : "S256",
        });

    [Fact]
    public async Task Signing_in_through_the_login_page_gives_an_access_token_with_the_accounts_claims()
    {
        using var browser = fixture.Browser();
        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

        var authorize = await browser.GetAsync(AuthorizeUrl(challenge), Ct);
        Assert.Equal(HttpStatusCode.Redirect, authorize.StatusCode);
        var loginUrl = authorize.Headers.Location!.PathAndQuery;
        Assert.StartsWith("/inloggen", loginUrl, StringComparison.Ordinal);

        var login = await LoginForm.PostAsync(browser, "wethouder.assen", fixture.Demo.Geheim("wethouder.assen"), loginUrl);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.StartsWith("/connect/authorize", login.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var back = await browser.GetAsync(login.Headers.Location, Ct);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        var redirect = back.Headers.Location!;
        Assert.StartsWith(IdentityApiFixture.WebRedirectUri, redirect.ToString(), StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(redirect.Query);
        Assert.Equal("toestand-123", query["state"].ToString());

        var tokens = await Jwks.TokenResponseAsync(await browser.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = query["code"].ToString(),
            ["redirect_uri"] = IdentityApiFixture.WebRedirectUri,
            ["client_id"] = "web",
            ["client_secret"] = IdentityApiFixture.WebClientSecret,
            ["code_verifier"] = verifier,
        }), Ct));

        var validated = await Jwks.ValidateAsync(browser, tokens.GetProperty("access_token").GetString()!, "agenda-api");
        Assert.True(validated.IsValid, validated.Exception?.Message);
        var token = (JsonWebToken)validated.SecurityToken;
        Assert.Equal("Wethouder Assen (demo)", token.GetClaim("name").Value);
        Assert.Equal("gemeente", token.GetClaim("organisatie_soort").Value);
        Assert.Equal("GM0106", token.GetClaim("organisatie_code").Value);
        Assert.Equal(["wethouder"], token.Claims.Where(c => c.Type == "role").Select(c => c.Value));
        Assert.Equal("true", token.GetClaim("demo").Value);
        Assert.True(tokens.TryGetProperty("id_token", out _));
    }

    [Fact]
    public async Task An_authorization_request_without_pkce_is_refused()
    {
        using var browser = fixture.Browser();

        var authorize = await browser.GetAsync(AuthorizeUrl(codeChallenge: null), Ct);

        // Refused before anyone is asked to sign in: no login page, no code.
        Assert.Equal(HttpStatusCode.BadRequest, authorize.StatusCode);
        Assert.Null(authorize.Headers.Location);
        Assert.Contains("invalid_request", await authorize.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logging_out_ends_the_session_so_the_next_authorization_asks_for_the_password_again()
    {
        using var browser = fixture.Browser();
        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32)))));
        await LoginForm.PostAsync(browser, "beheer", fixture.Demo.Geheim("beheer"));
        var signedIn = await browser.GetAsync(AuthorizeUrl(challenge), Ct);
        Assert.StartsWith(IdentityApiFixture.WebRedirectUri, signedIn.Headers.Location!.ToString(), StringComparison.Ordinal);

        var page = await browser.GetStringAsync("/connect/endsession", Ct);
        Assert.Contains("Uitloggen", page, StringComparison.Ordinal);
        var logout = await LoginForm.PostPageAsync(browser, "/connect/endsession", page, []);
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);

        var again = await browser.GetAsync(AuthorizeUrl(challenge), Ct);
        Assert.StartsWith("/inloggen", again.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}

using Ontwikkelagenda.TestSupport.Rechtenmatrix;

namespace Identity.Api.Tests;

/// <summary>
/// Identity.Api's own endpoints: anonymous by design, since they are where a token comes from (the login page, the
/// OpenID Connect endpoints, discovery and keys) or what operations watch; a bearer token changes nothing here. The
/// matrix holds them to that, and makes a new endpoint say who may call it.
/// </summary>
internal static class IdentityRechtenmatrix
{
    /// <summary>Identity.Api validates no access tokens; the cells' tokens carry its name only to be complete.</summary>
    private const string Audience = "identity-api";

    private static readonly string AuthorizeQuery = string.Join("&", new Dictionary<string, string>
    {
        ["client_id"] = "web",
        ["response_type"] = "code",
        ["redirect_uri"] = IdentityApiFixture.WebRedirectUri,
        ["scope"] = "openid profile roles agenda-api",
        ["state"] = "matrix",
        ["code_challenge"] = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
        ["code_challenge_method"] = "S256",
    }.Select(veld => $"{veld.Key}={Uri.EscapeDataString(veld.Value)}"));

    public static Matrix<IdentityApiFixture> Matrix { get; } = new(Audience,
        Bezetting.RondGemeente("GM1730", "GM0106", eigenSchool: "19SL", andereSchool: "41UH"),
    [
        .. Infrastructuur.Rijen<IdentityApiFixture>(openApiDocument: null),
        Get("/inloggen"),
        // Without the form's antiforgery token: 400, before any password is checked.
        new("POST", "/inloggen", Toegang.Anoniem,
            () => new HttpRequestMessage(HttpMethod.Post, "/inloggen") { Content = Formulier(new() { ["gebruikersnaam"] = "fg", ["wachtwoord"] = "x" }) }),
        Get("/connect/authorize", $"/connect/authorize?{AuthorizeQuery}"),
        new("POST", "/connect/authorize", Toegang.Anoniem,
            () => new HttpRequestMessage(HttpMethod.Post, "/connect/authorize") { Content = new StringContent(AuthorizeQuery, null, "application/x-www-form-urlencoded") }),
        new("POST", "/connect/token", Toegang.Anoniem, (fixture, _) => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, "/connect/token")
        {
            Content = Formulier(new()
            {
                ["grant_type"] = "client_credentials", ["client_id"] = "script-gm1730", ["client_secret"] = fixture.Demo.Geheim("script-gm1730"),
                ["scope"] = "leerplicht-api",
            }),
        })),
        Get("/connect/endsession"),
        new("POST", "/connect/endsession", Toegang.Anoniem,
            () => new HttpRequestMessage(HttpMethod.Post, "/connect/endsession") { Content = Formulier([]) }),
        Get("/.well-known/openid-configuration") with { BuitenRoutering = true },
        Get("/.well-known/jwks") with { BuitenRoutering = true },
    ]);

    private static Rij<IdentityApiFixture> Get(string route, string? pad = null) =>
        new("GET", route, Toegang.Anoniem, () => new HttpRequestMessage(HttpMethod.Get, pad ?? route));

    private static FormUrlEncodedContent Formulier(Dictionary<string, string> velden) => new(velden);
}

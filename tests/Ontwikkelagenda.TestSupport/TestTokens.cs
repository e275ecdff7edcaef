using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Ontwikkelagenda.ServiceDefaults.Toegang;

namespace Ontwikkelagenda.TestSupport;

/// <summary>
/// The issuer of the tokens a service in process trusts in its tests: an RSA key of this test run instead of the
/// identity service's JWKS. Tokens carry the claims Identity.Api puts in them (sub, name, role, organisatie_soort,
/// organisatie_code); the whole path through the real identity service is the end-to-end tests' part.
/// </summary>
public static class TestTokens
{
    public const string Issuer = "https://identiteit.test/";
    private static readonly RsaSecurityKey Sleutel = new(RSA.Create(2048)) { KeyId = "test" };
    private static readonly JsonWebTokenHandler Handler = new();

    /// <summary>The service in process trusts this run's key and issuer, and nothing else.</summary>
    public static IWebHostBuilder VertrouwTestTokens(this IWebHostBuilder web) =>
        web.UseSetting("Identity:Authority", Issuer)
            .ConfigureTestServices(services => services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt =>
            {
                jwt.ConfigurationManager = null;
                jwt.TokenValidationParameters.ValidIssuer = Issuer;
                jwt.TokenValidationParameters.IssuerSigningKey = Sleutel;
            }));

    /// <summary>A valid access token for <paramref name="audience"/> as <paramref name="wie"/>.</summary>
    public static string Voor(TestGebruiker wie, string audience) => Maak(wie, audience, DateTime.UtcNow.AddMinutes(5), Ondertekening(Sleutel));

    /// <summary>A token that expired a minute ago (beyond the services' 30 s clock skew).</summary>
    public static string Verlopen(TestGebruiker wie, string audience) =>
        Maak(wie, audience, DateTime.UtcNow.AddMinutes(-1), Ondertekening(Sleutel), geldigVanaf: DateTime.UtcNow.AddMinutes(-10));

    /// <summary>A token signed with a key nobody trusts.</summary>
    public static string Vervalst(TestGebruiker wie, string audience) =>
        Maak(wie, audience, DateTime.UtcNow.AddMinutes(5), Ondertekening(new RsaSecurityKey(RSA.Create(2048)) { KeyId = "test" }));

    /// <summary>A token without signature (<c>alg: none</c>).</summary>
    public static string Onondertekend(TestGebruiker wie, string audience) => Maak(wie, audience, DateTime.UtcNow.AddMinutes(5), null);

    /// <summary>The <c>Authorization</c> header for <paramref name="token"/>.</summary>
    public static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);

    private static SigningCredentials Ondertekening(SecurityKey sleutel) => new(sleutel, SecurityAlgorithms.RsaSha256);

    private static string Maak(TestGebruiker wie, string audience, DateTime verloopt, SigningCredentials? ondertekening, DateTime? geldigVanaf = null)
    {
        var claims = new Dictionary<string, object>
        {
            [ToegangsClaims.Subject] = wie.Subject,
            [ToegangsClaims.Naam] = $"Test {wie.Rol} {wie.OrganisatieCode}",
            [ToegangsClaims.Rol] = wie.Rol,
            [ToegangsClaims.OrganisatieSoort] = wie.OrganisatieSoort,
            [ToegangsClaims.OrganisatieCode] = wie.OrganisatieCode,
        };
        var vanaf = geldigVanaf ?? DateTime.UtcNow.AddSeconds(-5);
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            IssuedAt = vanaf,
            NotBefore = vanaf,
            Expires = verloopt,
            Claims = claims,
            SigningCredentials = ondertekening,
            TokenType = "at+jwt",
        });
    }
}

using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Ontwikkelagenda.ServiceDefaults.Toegang;

/// <summary>
/// Every API validates the identity service's access tokens itself (issuer, audience, lifetime, RS256 signature with
/// a key from the issuer's JWKS) and enforces <see cref="Rechten"/> on its endpoints; an endpoint without a right
/// still needs a valid token.
/// </summary>
public static class ToegangExtensions
{
    /// <param name="audience">This API's own name, which a token must carry as <c>aud</c> (e.g. <c>leerplicht-api</c>).</param>
    public static TBuilder AddToegang<TBuilder>(this TBuilder builder, string audience) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddOptions<ToegangOptions>()
            .Bind(builder.Configuration.GetSection(ToegangOptions.SectionName))
            .Validate(o => Uri.TryCreate(o.Authority, UriKind.Absolute, out _),
                "Identity:Authority ontbreekt of is geen URL: geef de URL van de identiteitsdienst op (AppHost doet dat).")
            .ValidateOnStart();

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<ToegangOptions>>((jwt, toegang) =>
            {
                jwt.Authority = toegang.Value.Authority;
                jwt.RequireHttpsMetadata = !toegang.Value.AllowHttp;
                jwt.Audience = audience;
                // The claims keep the names the token has (role, organisatie_code), not WS-Federation's URIs.
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters.NameClaimType = ToegangsClaims.Naam;
                jwt.TokenValidationParameters.RoleClaimType = ToegangsClaims.Rol;
                jwt.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.RsaSha256];
                jwt.TokenValidationParameters.ClockSkew = TimeSpan.FromSeconds(30);
                jwt.Events = new JwtBearerEvents { OnChallenge = ToegangsProblemen.Challenge };
            });

        builder.Services.AddAuthorization(Rechten.Voeg);
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, ToegangsWeigering>();
        return builder;
    }

    /// <summary>Authentication and authorization, after the NL API conventions so that their problems wrap these too.</summary>
    public static WebApplication UseToegang(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}

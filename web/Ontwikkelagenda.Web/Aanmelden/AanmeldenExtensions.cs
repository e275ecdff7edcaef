using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Ontwikkelagenda.ServiceDefaults.Toegang;
using Ontwikkelagenda.Web.Common.Toegang;

namespace Ontwikkelagenda.Web.Aanmelden;

/// <summary>
/// Every page needs a signed-in user: a cookie, made by OpenID Connect's authorization code flow with PKCE at the
/// identity service, holding the user's tokens (README.md, "Signing in").
/// </summary>
public static class AanmeldenExtensions
{
    public const string AanmeldenPad = "/aanmelden";
    public const string AfmeldenPad = "/afmelden";

    /// <summary>The identity service's address, for the page policy; null when missing (the options' check says so at start).</summary>
    public static Uri? IdentityService(this WebApplication app) =>
        Uri.TryCreate(app.Configuration[$"{AanmeldOptions.SectionName}:{nameof(AanmeldOptions.Authority)}"], UriKind.Absolute, out var authority) ? authority : null;

    public static WebApplicationBuilder AddAanmelden(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AanmeldOptions>().BindConfiguration(AanmeldOptions.SectionName)
            .Validate(o => Uri.TryCreate(o.Authority, UriKind.Absolute, out _),
                "Identity:Authority ontbreekt of is geen URL: geef de URL van de identiteitsdienst op (AppHost doet dat).")
            .Validate(o => o.ClientSecret.Length > 0,
                "Identity:ClientSecret ontbreekt: geef het geheim van de client web op (AppHost doet dat).")
            .ValidateOnStart();

        builder.Services.AddAuthentication(o =>
            {
                o.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                o.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = "ontwikkelagenda-aanmelding";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
            })
            .AddOpenIdConnect();
        builder.Services.AddOptions<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme)
            .Configure<IOptions<AanmeldOptions>>((oidc, opties) => Configureer(oidc, opties.Value));

        // Pages, the circuit's hub and the CSV templates; the static files, health and the sign-in path say so themselves.
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        builder.Services.AddCascadingAuthenticationState();

        builder.Services.AddHttpClient(TokenEindpunt.ClientName);
        builder.Services.AddSingleton<TokenEindpunt>();
        builder.Services.AddSingleton<ITokenVernieuwing>(services => services.GetRequiredService<TokenEindpunt>());
        builder.Services.AddScoped<GebruikersTokens>();
        builder.Services.AddSingleton<WebToken>();
        builder.Services.AddTransient<WebTokenHandler>();
        return builder;
    }

    /// <summary>
    /// <c>GET /aanmelden?returnUrl=</c> signs in again (the layout sends a user there when the session has ended);
    /// <c>POST /afmelden</c> (with the antiforgery token) signs out here and at the identity service.
    /// </summary>
    public static WebApplication MapAanmelden(this WebApplication app)
    {
        app.MapGet(AanmeldenPad, (string? returnUrl) => Results.Challenge(
                new AuthenticationProperties { RedirectUri = Lokaal(returnUrl) }, [OpenIdConnectDefaults.AuthenticationScheme]))
            .AllowAnonymous();
        app.MapPost(AfmeldenPad, () => Results.SignOut(
                new AuthenticationProperties { RedirectUri = "/" },
                [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme]))
            .WithMetadata(new RequireAntiforgeryTokenAttribute());
        return app;
    }

    private static void Configureer(OpenIdConnectOptions oidc, AanmeldOptions opties)
    {
        oidc.Authority = opties.Authority;
        oidc.RequireHttpsMetadata = !opties.AllowHttp;
        oidc.ClientId = opties.ClientId;
        oidc.ClientSecret = opties.ClientSecret;
        oidc.ResponseType = "code";
        oidc.UsePkce = true;
        oidc.SaveTokens = true;
        oidc.MapInboundClaims = false;
        oidc.GetClaimsFromUserInfoEndpoint = false;
        oidc.Scope.Clear();
        foreach (var scope in Scopes.Gebruiker)
        {
            oidc.Scope.Add(scope);
        }
        oidc.TokenValidationParameters.NameClaimType = ToegangsClaims.Naam;
        oidc.TokenValidationParameters.RoleClaimType = ToegangsClaims.Rol;
        if (opties.AllowHttp)
        {
            // Over plain http the browser drops the default SameSite=None cookies (they must be Secure): the code
            // comes back in the query of a top-level GET, for which Lax cookies are sent.
            oidc.ResponseMode = "query";
            oidc.CorrelationCookie.SameSite = SameSiteMode.Lax;
            oidc.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            oidc.NonceCookie.SameSite = SameSiteMode.Lax;
            oidc.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        }
    }

    /// <summary>Only a path on this site: a sign-in link must never send a browser on to someone else's.</summary>
    private static string Lokaal(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : "/";
}

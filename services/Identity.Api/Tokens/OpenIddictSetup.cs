using Identity.Api.Opslag;
using static OpenIddict.Abstractions.OpenIddictConstants;
using Ontwikkelagenda.ServiceDefaults.Toegang;

namespace Identity.Api.Tokens;

public static class OpenIddictSetup
{
    public const string AuthorizeUri = "connect/authorize";
    public const string TokenUri = "connect/token";
    public const string EndSessionUri = "connect/endsession";

    /// <summary>
    /// OpenIddict's server with its store in <see cref="IdentityDb"/>: authorization code with PKCE required, client
    /// credentials and refresh tokens; signed, unencrypted JWT access tokens every API validates with the JWKS.
    /// </summary>
    public static IServiceCollection AddTokenServer(this IServiceCollection services, IdentiteitOptions options)
    {
        services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDb>())
            .AddServer(server =>
            {
                server.SetAuthorizationEndpointUris(AuthorizeUri)
                    .SetTokenEndpointUris(TokenUri)
                    .SetEndSessionEndpointUris(EndSessionUri);
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowClientCredentialsFlow()
                    .AllowRefreshTokenFlow();
                // A refresh token stays valid for its lifetime instead of being replaced at each use: only the web (a
                // confidential client, so each refresh needs its secret) gets one, and its open pages each refresh on
                // their own from the one token its cookie holds; a rolling token would be "reused" by the second page.
                server.DisableRollingRefreshTokens();
                server.RegisterScopes([Scopes.OpenId, Scopes.Profile, Scopes.Roles, Scopes.OfflineAccess, .. ApiResources.All]);
                server.RegisterClaims([Claims.Subject, Claims.Name, Claims.Role, ToegangsClaims.OrganisatieSoort, ToegangsClaims.OrganisatieCode, ToegangsClaims.Demo]);
                server.SetAccessTokenLifetime(options.AccessTokenLifetime);
                if (options.Issuer is { } issuer)
                {
                    server.SetIssuer(issuer);
                }
                server.AddSigningKey(PersistentKey.LoadOrCreate(options.DataDir, "signing-key.pem"))
                    .AddEncryptionKey(PersistentKey.LoadOrCreate(options.DataDir, "encryption-key.pem"))
                    .DisableAccessTokenEncryption();

                var aspNetCore = server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
                if (options.AllowHttp)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            });
        return services;
    }
}

using System.Security.Claims;
using Identity.Api.Accounts;
using Identity.Api.Inloggen;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Identity.Api.Tokens;

/// <summary>
/// The OpenID Connect endpoints OpenIddict validates and passes on to us: we decide who the token is for and what it
/// carries (README.md, "Flows").
/// </summary>
public static class ConnectEndpoints
{
    private const string Server = OpenIddictServerAspNetCoreDefaults.AuthenticationScheme;

    public static void MapConnectEndpoints(this WebApplication app)
    {
        app.MapMethods("/" + OpenIddictSetup.AuthorizeUri, [HttpMethods.Get, HttpMethods.Post], Authorize);
        app.MapPost("/" + OpenIddictSetup.TokenUri, Token).RequireRateLimiting(RateLimits.Token);
        app.MapGet("/" + OpenIddictSetup.EndSessionUri, LogoutPage.Show);
        app.MapPost("/" + OpenIddictSetup.EndSessionUri, (Delegate)EndSession);
    }

    /// <summary>A signed-in account gets its code; anyone else goes to the login page first and comes back here.</summary>
    private static async Task<IResult> Authorize(HttpContext context, UserManager<Account> users)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Geen OpenID Connect-verzoek.");
        var cookie = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var account = cookie.Succeeded ? await users.GetUserAsync(cookie.Principal) : null;
        if (account is null || await users.IsLockedOutAsync(account))
        {
            return Results.Challenge(
                new AuthenticationProperties { RedirectUri = context.Request.PathBase + context.Request.Path + context.Request.QueryString },
                [IdentityConstants.ApplicationScheme]);
        }

        return Results.SignIn(await AccountPrincipal(account, users, request.GetScopes()), authenticationScheme: Server);
    }

    private static async Task<IResult> Token(HttpContext context, UserManager<Account> users, IOpenIddictApplicationManager applications)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Geen OpenID Connect-verzoek.");
        if (request.IsClientCredentialsGrantType())
        {
            // OpenIddict has checked the client's secret and its permission for the requested scopes.
            var client = await applications.FindByClientIdAsync(request.ClientId!) ?? throw new InvalidOperationException("Client verdwenen.");
            var naam = await applications.GetDisplayNameAsync(client) ?? request.ClientId!;
            if (request.ClientId == Clients.Web)
            {
                // The web itself, for what no user asks (its one stream of changes): no organisation, no role.
                return Results.SignIn(TokenClaims.ClientPrincipal(request.ClientId, naam, request.GetScopes()), authenticationScheme: Server);
            }

            if (ClientProperties.Read(await applications.GetPropertiesAsync(client)) is not { } binding)
            {
                return Refuse(Errors.UnauthorizedClient, "Deze client hoort bij geen organisatie.");
            }

            return Results.SignIn(TokenClaims.Principal(request.ClientId!, naam, binding.Organisatie, binding.Rollen, binding.Demo, request.GetScopes()),
                authenticationScheme: Server);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            // The account is read again, so a token refreshed after a lockout or a change of roles says so.
            var granted = (await context.AuthenticateAsync(Server)).Principal;
            var account = granted?.GetClaim(Claims.Subject) is { } subject ? await users.FindByIdAsync(subject) : null;
            if (account is null || await users.IsLockedOutAsync(account))
            {
                return Refuse(Errors.InvalidGrant, "Dit account kan niet meer inloggen.");
            }

            return Results.SignIn(await AccountPrincipal(account, users, granted!.GetScopes()), authenticationScheme: Server);
        }

        return Refuse(Errors.UnsupportedGrantType, "Deze grant type wordt niet ondersteund.");
    }

    private static async Task<IResult> EndSession(HttpContext context)
    {
        await context.SignOutAsync(IdentityConstants.ApplicationScheme);
        // OpenIddict sends the browser to the validated post_logout_redirect_uri, or to "/" without one.
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [Server]);
    }

    private static async Task<ClaimsPrincipal> AccountPrincipal(Account account, UserManager<Account> users, IEnumerable<string> scopes) =>
        TokenClaims.Principal(account.Id, account.Naam, account.Organisatie, await users.GetRolesAsync(account), account.Demo, scopes);

    private static IResult Refuse(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [Server]);
}

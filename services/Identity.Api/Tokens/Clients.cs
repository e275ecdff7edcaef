using Identity.Api.Accounts;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;
using Ontwikkelagenda.ServiceDefaults.Toegang;

namespace Identity.Api.Tokens;

/// <summary>The clients: the web (authorization code + PKCE) and one client-credentials client per organisation.</summary>
public sealed class Clients(IOpenIddictApplicationManager applications, IOpenIddictScopeManager scopes)
{
    public const string Web = "web";

    /// <summary>Each API scope once, naming its API as the resource (the access token's audience).</summary>
    public async Task EnsureApiScopesAsync(CancellationToken cancellationToken)
    {
        foreach (var api in ApiResources.All)
        {
            if (await scopes.FindByNameAsync(api, cancellationToken) is null)
            {
                await scopes.CreateAsync(new OpenIddictScopeDescriptor { Name = api, DisplayName = api, Resources = { api } }, cancellationToken);
            }
        }
    }

    /// <summary>
    /// The web client with <paramref name="redirectUri"/>; made with <paramref name="secret"/>. On later starts its
    /// redirect URIs and permissions are brought up to date (the web's address may change), and a configured secret
    /// that no longer matches replaces the stored one (the configuration is the truth; a generated one stays).
    /// </summary>
    public async Task EnsureWebAsync(Uri redirectUri, Uri? postLogoutRedirectUri, string? secret, CancellationToken cancellationToken)
    {
        var existing = await applications.FindByClientIdAsync(Web, cancellationToken);
        var descriptor = new OpenIddictApplicationDescriptor();
        if (existing is not null)
        {
            await applications.PopulateAsync(descriptor, existing, cancellationToken);
            if (secret is not null && !await applications.ValidateClientSecretAsync(existing, secret, cancellationToken))
            {
                descriptor.ClientSecret = secret;
            }
        }
        else
        {
            descriptor.ClientId = Web;
            descriptor.ClientSecret = secret ?? throw new InvalidOperationException(
                "Identity:WebClientSecret is not set: give the web client a secret, or run with Identity:Demo to have one generated.");
            descriptor.ClientType = ClientTypes.Confidential;
            descriptor.ConsentType = ConsentTypes.Implicit;
            descriptor.DisplayName = "Ontwikkelagenda web";
            descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
        }

        // Client credentials: the web's own token for its one stream of changes from Agenda.Api (no user, no organisation).
        descriptor.Permissions.Clear();
        descriptor.Permissions.UnionWith([
            Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
            Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken, Permissions.GrantTypes.ClientCredentials,
            Permissions.ResponseTypes.Code, Permissions.Scopes.Profile, Permissions.Scopes.Roles, .. ApiScopePermissions]);
        descriptor.RedirectUris.Clear();
        descriptor.RedirectUris.Add(redirectUri);
        descriptor.PostLogoutRedirectUris.Clear();
        if (postLogoutRedirectUri is not null)
        {
            descriptor.PostLogoutRedirectUris.Add(postLogoutRedirectUri);
        }

        if (existing is null)
        {
            await applications.CreateAsync(descriptor, cancellationToken);
        }
        else
        {
            await applications.UpdateAsync(existing, descriptor, cancellationToken);
        }
    }

    /// <summary>A client-credentials client bound to <paramref name="organisatie"/>; false when it exists already.</summary>
    public async Task<bool> CreateOrganisationClientAsync(string clientId, string secret, string naam, Organisatie organisatie,
        IReadOnlyCollection<string> rollen, bool demo, CancellationToken cancellationToken)
    {
        if (RolRegels.Bezwaren(organisatie, rollen) is { Count: > 0 } bezwaren)
        {
            throw new InvalidOperationException($"Client {clientId}: {string.Join(" ", bezwaren)}");
        }

        if (await applications.FindByClientIdAsync(clientId, cancellationToken) is not null)
        {
            return false;
        }

        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = naam,
        };
        descriptor.Permissions.UnionWith([Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials, .. ApiScopePermissions]);
        ClientProperties.Bind(descriptor.Properties, organisatie, rollen, demo);
        await applications.CreateAsync(descriptor, cancellationToken);
        return true;
    }

    private static IEnumerable<string> ApiScopePermissions => ApiResources.All.Select(api => Permissions.Prefixes.Scope + api);
}

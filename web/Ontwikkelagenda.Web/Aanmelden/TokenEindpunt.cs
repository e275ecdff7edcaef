using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Ontwikkelagenda.Web.Common.Toegang;

namespace Ontwikkelagenda.Web.Aanmelden;

/// <summary>
/// The identity service's token endpoint (from its discovery document, as the sign-in uses it) for the two grants the
/// web makes itself: a user's refresh token, and its own client credentials.
/// </summary>
public sealed class TokenEindpunt(IHttpClientFactory clients, IOptionsMonitor<OpenIdConnectOptions> oidc, IOptions<AanmeldOptions> opties,
    TimeProvider tijd, ILogger<TokenEindpunt> logger) : ITokenVernieuwing
{
    public const string ClientName = "identity-api-token";

    public Task<Aanmelding?> VernieuwAsync(string refreshToken, CancellationToken cancellationToken) =>
        VraagAsync(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken }, cancellationToken);

    public Task<Aanmelding?> ClientCredentialsAsync(string scope, CancellationToken cancellationToken) =>
        VraagAsync(new() { ["grant_type"] = "client_credentials", ["scope"] = scope }, cancellationToken);

    /// <summary>New tokens; null when the identity service refuses the grant (400/401), an exception when it cannot be reached.</summary>
    private async Task<Aanmelding?> VraagAsync(Dictionary<string, string> formulier, CancellationToken cancellationToken)
    {
        var configuratie = await oidc.Get(OpenIdConnectDefaults.AuthenticationScheme).ConfigurationManager!.GetConfigurationAsync(cancellationToken);
        formulier["client_id"] = opties.Value.ClientId;
        formulier["client_secret"] = opties.Value.ClientSecret;
        using var antwoord = await clients.CreateClient(ClientName).PostAsync(configuratie.TokenEndpoint, new FormUrlEncodedContent(formulier), cancellationToken);
        if (antwoord.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized)
        {
            logger.LogInformation("De identiteitsdienst weigerde {Grant}: {Antwoord}", formulier["grant_type"],
                await antwoord.Content.ReadAsStringAsync(cancellationToken));
            return null;
        }

        antwoord.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await antwoord.Content.ReadAsStringAsync(cancellationToken));
        var root = json.RootElement;
        return new Aanmelding(
            root.GetProperty("access_token").GetString()!,
            root.TryGetProperty("refresh_token", out var refresh) ? refresh.GetString() : null,
            tijd.GetUtcNow().AddSeconds(root.GetProperty("expires_in").GetInt32()));
    }
}

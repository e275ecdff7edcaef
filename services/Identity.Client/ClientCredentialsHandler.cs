using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace Identity.Client;

/// <summary>
/// Sends every request with an access token of an organisation's client (client credentials at Identity.Api's
/// <c>connect/token</c>) for one API (<paramref name="scope"/>, e.g. <c>leerplicht-api</c>). The token is kept until a
/// minute before it expires, so a script or a load test asks for one about every four minutes, not per request.
/// </summary>
public sealed class ClientCredentialsHandler(ClientCredentials client, string scope) : DelegatingHandler
{
    private static readonly TimeSpan Marge = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _eenTegelijk = new(1, 1);
    private string? _token;
    private DateTimeOffset _geldigTot;

    public ClientCredentialsHandler(ClientCredentials client, string scope, HttpMessageHandler inner) : this(client, scope) =>
        InnerHandler = inner;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(cancellationToken));
        return await base.SendAsync(request, cancellationToken);
    }

    private async Task<string> TokenAsync(CancellationToken cancellationToken)
    {
        await _eenTegelijk.WaitAsync(cancellationToken);
        try
        {
            if (_token is null || DateTimeOffset.UtcNow >= _geldigTot)
            {
                var antwoord = await client.RequestTokenAsync(scope, cancellationToken);
                _token = antwoord.AccessToken;
                _geldigTot = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(antwoord.ExpiresIn) - Marge;
            }

            return _token;
        }
        finally
        {
            _eenTegelijk.Release();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _eenTegelijk.Dispose();
        }

        base.Dispose(disposing);
    }
}

/// <summary>An organisation's client at Identity.Api: its address (the authority), the client id and its secret.</summary>
public sealed record ClientCredentials(Uri Authority, string ClientId, string Secret)
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>A token for <paramref name="scope"/>; a refusal throws with Identity.Api's own words.</summary>
    /// <exception cref="InvalidOperationException">Identity.Api refused the client or the scope, or was not reachable.</exception>
    public async Task<TokenAntwoord> RequestTokenAsync(string scope, CancellationToken cancellationToken)
    {
        using var verzoek = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = ClientId,
            ["client_secret"] = Secret,
            ["scope"] = scope,
        });
        HttpResponseMessage antwoord;
        try
        {
            antwoord = await Http.PostAsync(new Uri(Authority, "connect/token"), verzoek, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            // Said here, so a caller does not blame the API it was about to call.
            throw new InvalidOperationException($"Identity.Api ({Authority}) is niet bereikbaar voor client {ClientId}: {e.Message}", e);
        }

        using var _ = antwoord;
        if (!antwoord.IsSuccessStatusCode)
        {
            var reden = await antwoord.Content.ReadAsStringAsync(cancellationToken);
            throw new InvalidOperationException($"Identity.Api ({Authority}) gaf client {ClientId} geen token voor {scope}: {(int)antwoord.StatusCode} {reden}");
        }

        return await antwoord.Content.ReadFromJsonAsync<TokenAntwoord>(cancellationToken)
            ?? throw new InvalidOperationException($"Identity.Api ({Authority}) gaf client {ClientId} een leeg tokenantwoord.");
    }
}

/// <summary>The part of a token answer a client uses.</summary>
public sealed record TokenAntwoord(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);

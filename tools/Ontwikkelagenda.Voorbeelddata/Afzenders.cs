using Identity.Client;

namespace Ontwikkelagenda.Voorbeelddata;

/// <summary>
/// One HTTP client per organisation's client (<c>namens</c>) and service, made at its first melding and reused, so each
/// asks Identity.Api for a token about once per load rather than per melding. The service's name in the file is the
/// API's scope (<c>inkoop-api</c>, <c>ondersteuning-api</c>).
/// </summary>
public sealed class Afzenders(Func<string, string, HttpMessageHandler> handlerVoor) : IDisposable
{
    private readonly Dictionary<(string Namens, string Service), HttpClient> _clients = [];

    /// <summary>Sends with the tokens of the demo clients in <paramref name="accounts"/> from Identity.Api at <paramref name="authority"/>.</summary>
    public static Afzenders MetTokens(Uri authority, DemoAccounts accounts) =>
        new((namens, service) => new ClientCredentialsHandler(accounts.Client(authority, namens), service, new SocketsHttpHandler()));

    /// <exception cref="KeyNotFoundException">No such client in the demo list.</exception>
    public HttpClient Voor(string namens, string service)
    {
        if (!_clients.TryGetValue((namens, service), out var client))
        {
            client = new HttpClient(handlerVoor(namens, service)) { Timeout = TimeSpan.FromSeconds(30) };
            _clients[(namens, service)] = client;
        }

        return client;
    }

    public void Dispose()
    {
        foreach (var client in _clients.Values) client.Dispose();
        _clients.Clear();
    }
}

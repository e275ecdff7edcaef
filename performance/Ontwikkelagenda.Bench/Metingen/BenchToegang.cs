using Identity.Client;
using Ontwikkelagenda.AppHost.Services;
using Ontwikkelagenda.EndToEndTests;

namespace Ontwikkelagenda.Bench.Metingen;

/// <summary>
/// Who the bench is when it calls an API: a demo organisation's client from the list the system's Identity.Api wrote in
/// its data directory, with a token it keeps (ClientCredentialsHandler) so the timed requests fetch one only when the
/// last expires (every four minutes). The overviews are read as Assen's client (it holds the Overzicht right).
/// </summary>
public sealed class BenchToegang(Uri authority, DemoAccounts accounts)
{
    /// <summary>Reads the Agenda API's overviews: a municipality's client has the Overzicht right.</summary>
    public const string Lezer = "script-gm0106";

    public const string AgendaApi = "agenda-api";

    public static BenchToegang Van(AspireSystem systeem) => new(
        systeem.Url(IdentityService.Name),
        DemoAccounts.Lees(Path.Combine(systeem.ServiceEnvironment(IdentityService.Name, "Identity__DataDir"), DemoAccounts.FileName)));

    /// <summary>A handler that sends as <paramref name="clientId"/> to <paramref name="api"/> (the token's scope).</summary>
    public ClientCredentialsHandler Als(string clientId, string api, HttpMessageHandler? inner = null) => inner is null
        ? new ClientCredentialsHandler(accounts.Client(authority, clientId), api)
        : new ClientCredentialsHandler(accounts.Client(authority, clientId), api, inner);

    /// <summary>The municipality's own client (<c>script-gm0106</c> for GM0106): it reports that municipality's cases.</summary>
    public static string Gemeente(string code) => "script-" + code.ToLowerInvariant();

    /// <summary>An HTTP client that reads the overviews, its token fetched before it is handed out (outside any timing).</summary>
    public async Task<HttpClient> OverzichtLezer(Uri agendaApi, TimeSpan timeout, CancellationToken cancellationToken, HttpMessageHandler? inner = null)
    {
        var http = new HttpClient(Als(Lezer, AgendaApi, inner ?? new SocketsHttpHandler())) { BaseAddress = agendaApi, Timeout = timeout };
        using var warm = await http.GetAsync("/v1/gemeenten", cancellationToken);
        warm.EnsureSuccessStatusCode();
        return http;
    }
}

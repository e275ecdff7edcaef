using System.Collections.Concurrent;
using Identity.Client;
using Ontwikkelagenda.AppHost.Services;

namespace Ontwikkelagenda.EndToEndTests;

/// <summary>
/// Who a test or the bench is when it calls a service of the running system: a demo organisation's client from the list
/// the system's Identity.Api wrote in its data directory (Identity.Client), so every melding goes with the token of the
/// organisation it is about, as a script of that organisation would send it. A handler keeps its token until a minute
/// before it expires, so timed requests fetch one only every four minutes.
/// </summary>
public sealed class SysteemToegang(Uri authority, DemoAccounts accounts)
{
    /// <summary>Reads Agenda.Api's overviews: a municipality's client holds the Overzicht right.</summary>
    public const string Lezer = "script-gm0106";

    /// <summary>Registers providers and the subregion's contracts.</summary>
    public const string Subregio = "script-subregio";

    /// <summary>
    /// Reads Agenda.Api as a viewer without case rights for any place, as a wethouder's page does (Agenda.Api protects
    /// every figure about children for it): the subregion's procurement client holds the Overzicht right and no place.
    /// </summary>
    public const string Kijker = Subregio;

    public static SysteemToegang Van(AspireSystem systeem) => new(
        systeem.Url(IdentityService.Name),
        DemoAccounts.Lees(Path.Combine(systeem.ServiceEnvironment(IdentityService.Name, "Identity__DataDir"), DemoAccounts.FileName)));

    /// <summary>A municipality's or an SWV's own client (<c>script-gm0106</c> for GM0106, <c>script-po2201</c> for PO2201).</summary>
    public static string Van(string organisatieCode) => "script-" + organisatieCode.ToLowerInvariant();

    /// <summary>The password of a demo account (for the login page).</summary>
    public string Wachtwoord(string gebruiker) => accounts.Geheim(gebruiker);

    /// <summary>A handler that sends as <paramref name="clientId"/> to <paramref name="api"/> (the token's scope).</summary>
    public ClientCredentialsHandler Als(string clientId, string api, HttpMessageHandler? inner = null) =>
        new(accounts.Client(authority, clientId), api, inner ?? new SocketsHttpHandler());

    /// <summary>
    /// An HTTP client for <paramref name="api"/> of the system that calls as <paramref name="clientId"/>. Clients for the
    /// same system, client and API share one handler and so one token: Identity.Api gives an address 60 tokens a minute,
    /// and tests that make a client per read would otherwise use them up (and the web's own refreshes with them).
    /// </summary>
    public HttpClient Client(AspireSystem systeem, string api, string clientId, TimeSpan? timeout = null, HttpMessageHandler? inner = null)
    {
        var handler = inner is null ? Gedeeld.GetOrAdd((authority, clientId, api), _ => Als(clientId, api)) : Als(clientId, api, inner);
        return new HttpClient(handler, disposeHandler: inner is not null) { BaseAddress = systeem.Url(api), Timeout = timeout ?? TimeSpan.FromSeconds(100) };
    }

    private static readonly ConcurrentDictionary<(Uri Authority, string ClientId, string Api), ClientCredentialsHandler> Gedeeld = new();

    /// <summary>Agenda.Api as the overviews' reader (Assen's own client: exact for Assen, protected elsewhere).</summary>
    public HttpClient AgendaLezer(AspireSystem systeem, TimeSpan? timeout = null, HttpMessageHandler? inner = null) =>
        Client(systeem, "agenda-api", Lezer, timeout, inner);

    /// <summary>Agenda.Api as a viewer without case rights (<see cref="Kijker"/>): what a wethouder's page is given.</summary>
    public HttpClient AgendaKijker(AspireSystem systeem, TimeSpan? timeout = null, HttpMessageHandler? inner = null) =>
        Client(systeem, "agenda-api", Kijker, timeout, inner);
}

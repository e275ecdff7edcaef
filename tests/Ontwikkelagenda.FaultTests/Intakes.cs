using System.Collections.Concurrent;
using Intake.Client;
using Ontwikkelagenda.EndToEndTests;
using Refit;

namespace Ontwikkelagenda.FaultTests;

/// <summary>
/// The three intake services as the organisations' scripts reach them: each melding goes with the token of the
/// organisation it is about (<see cref="SysteemToegang"/>), through the proxies that stay put when a service restarts.
/// <paramref name="voorElkVerzoek"/>, when given, makes a handler every request passes first (./bench.sh paces the load with it).
/// </summary>
public sealed class Intakes(AspireSystem systeem, SysteemToegang toegang, Func<DelegatingHandler>? voorElkVerzoek = null) : IDisposable
{
    private readonly ConcurrentDictionary<(string Api, string Client), HttpClient> clients = new();

    /// <summary>Leerplicht.Api as the leerplichtambtenaar of <paramref name="gemeente"/>.</summary>
    public ILeerplichtApi Leerplicht(string gemeente) =>
        RestService.For<ILeerplichtApi>(Http("leerplicht-api", SysteemToegang.Van(gemeente)), IntakeRefit.Settings());

    /// <summary>Inkoop.Api as the inkoper of <paramref name="contractant"/> (a municipality), or of the subregion for providers.</summary>
    public IInkoopApi Inkoop(string? contractant = null) =>
        RestService.For<IInkoopApi>(Http("inkoop-api", contractant is null ? SysteemToegang.Subregio : SysteemToegang.Van(contractant)), IntakeRefit.Settings());

    /// <summary>Ondersteuning.Api as the staff of SWV <paramref name="swv"/> (every school in it is theirs).</summary>
    public IOndersteuningApi Ondersteuning(string swv) =>
        RestService.For<IOndersteuningApi>(Http("ondersteuning-api", SysteemToegang.Van(swv)), IntakeRefit.Settings());

    private HttpClient Http(string api, string clientId) => clients.GetOrAdd((api, clientId), sleutel =>
    {
        // A short connection life: after a restart, no request waits on a connection to the process that died.
        HttpMessageHandler handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(5) };
        if (voorElkVerzoek is not null)
        {
            var voor = voorElkVerzoek();
            voor.InnerHandler = handler;
            handler = voor;
        }
        return new HttpClient(toegang.Als(sleutel.Client, sleutel.Api, handler))
        {
            BaseAddress = systeem.Url(sleutel.Api),
            Timeout = TimeSpan.FromSeconds(15),
        };
    });

    public void Dispose()
    {
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }
    }
}

using Intake.Client;
using Refit;

namespace Ontwikkelagenda.FaultTests;

/// <summary>
/// The three intake services as a sender reaches them, through the proxies that stay put when a service restarts.
/// <paramref name="voorElkVerzoek"/>, when given, makes a handler every request passes first (./bench.sh paces the load with it).
/// </summary>
public sealed class Intakes(Uri leerplicht, Uri inkoop, Uri ondersteuning, Func<DelegatingHandler>? voorElkVerzoek = null) : IDisposable
{
    private readonly HttpClient leerplichtHttp = Client(leerplicht, voorElkVerzoek);
    private readonly HttpClient inkoopHttp = Client(inkoop, voorElkVerzoek);
    private readonly HttpClient ondersteuningHttp = Client(ondersteuning, voorElkVerzoek);

    public ILeerplichtApi Leerplicht => RestService.For<ILeerplichtApi>(leerplichtHttp, IntakeRefit.Settings());

    public IInkoopApi Inkoop => RestService.For<IInkoopApi>(inkoopHttp, IntakeRefit.Settings());

    public IOndersteuningApi Ondersteuning => RestService.For<IOndersteuningApi>(ondersteuningHttp, IntakeRefit.Settings());

    // A short connection life: after a restart, no request waits on a connection to the process that died.
    private static HttpClient Client(Uri baseAddress, Func<DelegatingHandler>? voorElkVerzoek)
    {
        HttpMessageHandler handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(5) };
        if (voorElkVerzoek is not null)
        {
            var voor = voorElkVerzoek();
            voor.InnerHandler = handler;
            handler = voor;
        }
        return new HttpClient(handler)
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(15),
        };
    }

    public void Dispose()
    {
        leerplichtHttp.Dispose();
        inkoopHttp.Dispose();
        ondersteuningHttp.Dispose();
    }
}

using Intake.Client;
using Refit;

namespace Ontwikkelagenda.FaultTests;

/// <summary>The three intake services as a sender reaches them, through the proxies that stay put when a service restarts.</summary>
public sealed class Intakes(Uri leerplicht, Uri inkoop, Uri ondersteuning) : IDisposable
{
    // A short connection life: after a restart, no request waits on a connection to the process that died.
    private readonly HttpClient leerplichtHttp = Client(leerplicht);
    private readonly HttpClient inkoopHttp = Client(inkoop);
    private readonly HttpClient ondersteuningHttp = Client(ondersteuning);

    public ILeerplichtApi Leerplicht => RestService.For<ILeerplichtApi>(leerplichtHttp, IntakeRefit.Settings());

    public IInkoopApi Inkoop => RestService.For<IInkoopApi>(inkoopHttp, IntakeRefit.Settings());

    public IOndersteuningApi Ondersteuning => RestService.For<IOndersteuningApi>(ondersteuningHttp, IntakeRefit.Settings());

    private static HttpClient Client(Uri baseAddress) => new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(5) })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromSeconds(15),
    };

    public void Dispose()
    {
        leerplichtHttp.Dispose();
        inkoopHttp.Dispose();
        ondersteuningHttp.Dispose();
    }
}

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Leerplicht.Api.Tests;

/// <summary>
/// Real PostgreSQL and RabbitMQ on free ports with Leerplicht.Api in process against them, configured by the fixture
/// that derives from it; the deadline scanner scans once at start (empty database) and then stays out of the tests.
/// </summary>
public abstract class LeerplichtHost : IAsyncLifetime
{
    private IntakeServers? servers;

    protected WebApplicationFactory<Program>? Factory { get; private set; }

    protected IntakeServers Servers => servers!;

    public const string Audience = "leerplicht-api";

    /// <summary>Acts as the leerplichtambtenaar of the municipality each request is about (<see cref="AlsEigenaar"/>).</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>The service's services, for what its routing serves.</summary>
    public IServiceProvider Services => Factory!.Services;

    /// <summary>A client without a token.</summary>
    public HttpClient Anoniem { get; private set; } = null!;

    /// <summary>A client that always acts as <paramref name="gebruiker"/>.</summary>
    public HttpClient Als(TestGebruiker gebruiker) => Factory!.CreateDefaultClient(new TokenHandler(gebruiker, Audience));

    /// <summary>The fixture's own settings.</summary>
    protected abstract void Configure(IWebHostBuilder web);

    /// <summary>Runs once the servers are up, before the service starts (e.g. a listener for its events).</summary>
    protected virtual ValueTask BeforeHostAsync() => ValueTask.CompletedTask;

    /// <summary>Called on the factory before its first client: e.g. real Kestrel instead of the in-memory server.</summary>
    protected virtual void Start(WebApplicationFactory<Program> factory)
    {
    }

    public async ValueTask InitializeAsync()
    {
        servers = await IntakeServers.StartAsync("leerplichtdb", TestContext.Current.CancellationToken);
        await BeforeHostAsync();
        Factory = servers.Host<Program>(web =>
        {
            web.UseSetting("Leerplicht:TermijnInterval", "01:00:00");
            Configure(web);
        });
        Start(Factory);
        Client = AlsEigenaar.Client(Factory, servers.DatabaseConnectionString);
        Anoniem = Factory.CreateClient();
    }

    public Task<long> CountAsync(string sql, object? parameter = null) => servers!.CountAsync(sql, parameter, TestContext.Current.CancellationToken);

    public virtual async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        Anoniem?.Dispose();
        if (Factory is not null) await Factory.DisposeAsync();
        if (servers is not null) await servers.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

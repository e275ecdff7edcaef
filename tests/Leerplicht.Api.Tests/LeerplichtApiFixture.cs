using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Ontwikkelagenda.LocalServers;

namespace Leerplicht.Api.Tests;

/// <summary>
/// Real PostgreSQL and RabbitMQ on free ports, started once for the test class, with Leerplicht.Api
/// in process against them and a queue that sees every event it publishes.
/// </summary>
public sealed class LeerplichtApiFixture : IAsyncLifetime
{
    private static readonly string[] EventTypes =
    [
        "ThuiszitterGemeld", "ThuiszitterBeeindigd", "ThuiszitterOvergedragen", "ThuiszitterTermijnOverschreden", "MeldingIngetrokken",
    ];

    private IntakeServers? servers;
    private WebApplicationFactory<Program>? factory;

    public const string Audience = "leerplicht-api";

    /// <summary>Acts as the leerplichtambtenaar of the municipality each request is about (<see cref="AlsEigenaar"/>).</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>A client without a token.</summary>
    public HttpClient Anoniem { get; private set; } = null!;

    /// <summary>A client that always acts as <paramref name="gebruiker"/>.</summary>
    public HttpClient Als(TestGebruiker gebruiker) => factory!.CreateDefaultClient(new TokenHandler(gebruiker, Audience));

    public PublishedEvents Events { get; private set; } = null!;

    public string DatabaseConnectionString => servers!.DatabaseConnectionString;

    /// <summary>The broker, for tests that stop and restart it.</summary>
    public RabbitMqServer RabbitMq => servers!.RabbitMq;

    public async ValueTask InitializeAsync()
    {
        servers = await IntakeServers.StartAsync("leerplichtdb", TestContext.Current.CancellationToken);
        Events = await PublishedEvents.ListenAsync(servers.RabbitMq.ConnectionString, EventTypes, TestContext.Current.CancellationToken);
        factory = servers.Host<Program>(web => web
            // Short, so the outbox tests see a republish soon; the grace stays above the publish timeout.
            .UseSetting("Intake:PublishTimeout", "00:00:03")
            .UseSetting("Intake:DispatchInterval", "00:00:01")
            .UseSetting("Intake:DispatchGrace", "00:00:04")
            // The deadline scanner scans once at start (empty database) and then stays out of these tests' event counts;
            // TermijnTests drive it with a clock of their own.
            .UseSetting("Leerplicht:TermijnInterval", "01:00:00"));
        Client = AlsEigenaar.Client(factory, servers.DatabaseConnectionString);
        Anoniem = factory.CreateClient();
    }

    public Task<long> CountAsync(string sql, object? parameter = null) => servers!.CountAsync(sql, parameter, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        Anoniem?.Dispose();
        if (factory is not null) await factory.DisposeAsync();
        if (Events is not null) await Events.DisposeAsync();
        if (servers is not null) await servers.DisposeAsync();
    }
}

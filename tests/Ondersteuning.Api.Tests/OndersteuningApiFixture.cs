using Microsoft.AspNetCore.Mvc.Testing;

[assembly: AssemblyFixture(typeof(Ondersteuning.Api.Tests.OndersteuningApiFixture))]

namespace Ondersteuning.Api.Tests;

/// <summary>
/// Real PostgreSQL and RabbitMQ on free ports, started once for the test assembly, with Ondersteuning.Api
/// in process against them and a queue that sees every event it publishes.
/// </summary>
public sealed class OndersteuningApiFixture : IAsyncLifetime
{
    private static readonly string[] EventTypes =
    [
        "TrajectGestart", "TrajectBeeindigd", "EedVerwijzingGemeld", "EedBehandelingGestart", "ComplexeCasusGemeld",
        "CasusregisseurToegewezen", "ComplexeCasusAfgesloten", "VoortgangGerapporteerd", "MeldingIngetrokken",
    ];

    private IntakeServers? servers;
    private WebApplicationFactory<Program>? factory;

    /// <summary>Acts as whoever may make each request (<see cref="AlsEigenaar"/>).</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>The service's services, for what its routing serves.</summary>
    public IServiceProvider Services => factory!.Services;

    /// <summary>A client without a token.</summary>
    public HttpClient Anoniem { get; private set; } = null!;

    /// <summary>A client that always acts as <paramref name="gebruiker"/>.</summary>
    public HttpClient Als(TestGebruiker gebruiker) => factory!.CreateDefaultClient(new TokenHandler(gebruiker, AlsEigenaar.Audience));

    public PublishedEvents Events { get; private set; } = null!;

    public string DatabaseConnectionString => servers!.DatabaseConnectionString;

    public async ValueTask InitializeAsync()
    {
        servers = await IntakeServers.StartAsync("ondersteuningdb", TestContext.Current.CancellationToken);
        Events = await PublishedEvents.ListenAsync(servers.RabbitMq.ConnectionString, EventTypes, TestContext.Current.CancellationToken);
        factory = servers.Host<Program>();
        Client = AlsEigenaar.Client(factory, servers.DatabaseConnectionString);
        Anoniem = factory.CreateClient();
    }

    /// <summary>A count from the service's own schema.</summary>
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

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

    public HttpClient Client { get; private set; } = null!;

    public PublishedEvents Events { get; private set; } = null!;

    public string DatabaseConnectionString => servers!.DatabaseConnectionString;

    public async ValueTask InitializeAsync()
    {
        servers = await IntakeServers.StartAsync("ondersteuningdb", TestContext.Current.CancellationToken);
        Events = await PublishedEvents.ListenAsync(servers.RabbitMq.ConnectionString, EventTypes, TestContext.Current.CancellationToken);
        factory = servers.Host<Program>();
        Client = factory.CreateClient();
    }

    /// <summary>A count from the service's own schema.</summary>
    public Task<long> CountAsync(string sql, object? parameter = null) => servers!.CountAsync(sql, parameter, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (factory is not null) await factory.DisposeAsync();
        if (Events is not null) await Events.DisposeAsync();
        if (servers is not null) await servers.DisposeAsync();
    }
}

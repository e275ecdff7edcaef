using Microsoft.AspNetCore.Mvc.Testing;

namespace Inkoop.Api.Tests;

/// <summary>
/// Real PostgreSQL and RabbitMQ on free ports, started once per assembly, with Inkoop.Api in process against them and a
/// durable queue bound to the exchanges of its events.
/// </summary>
public sealed class InkoopApiFixture : IAsyncLifetime
{
    private static readonly string[] EventTypes = ["AanbiederGeregistreerd", "ContractGesloten", "ContractBeeindigd", "MeldingIngetrokken"];

    private IntakeServers? servers;
    private WebApplicationFactory<Program>? factory;

    public HttpClient Client { get; private set; } = null!;
    public PublishedEvents Events { get; private set; } = null!;
    public string DatabaseConnectionString => servers!.DatabaseConnectionString;

    public async ValueTask InitializeAsync()
    {
        servers = await IntakeServers.StartAsync("inkoopdb", TestContext.Current.CancellationToken);
        Events = await PublishedEvents.ListenAsync(servers.RabbitMq.ConnectionString, EventTypes, TestContext.Current.CancellationToken);
        factory = servers.Host<Program>();
        Client = factory.CreateClient();
    }

    public Task<long> CountAsync(string sql, object? parameter = null) => servers!.CountAsync(sql, parameter, TestContext.Current.CancellationToken);

    /// <summary>Rows and events so far, to prove a rejected request changed nothing.</summary>
    public async Task<(long Meldingen, long Entiteiten, int Events)> StandAsync() => (
        await CountAsync("SELECT count(*) FROM inkoop.meldingen"),
        await CountAsync("SELECT count(*) FROM inkoop.entiteiten"),
        await Events.CountAsync());

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (factory is not null) await factory.DisposeAsync();
        if (Events is not null) await Events.DisposeAsync();
        if (servers is not null) await servers.DisposeAsync();
    }
}

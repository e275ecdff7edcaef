using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Leerplicht.Api.Tests;

/// <summary>
/// Real PostgreSQL and RabbitMQ for the tests that build their own hosts of Leerplicht.Api on one database (the deadline
/// tests: replicas and restarts; the migration test) with a clock they control.
/// </summary>
public sealed class TermijnFixture : IAsyncLifetime
{
    private IntakeServers? servers;

    public string DatabaseConnectionString => servers!.DatabaseConnectionString;

    public string RabbitMqConnectionString => servers!.RabbitMq.ConnectionString;

    public async ValueTask InitializeAsync() =>
        servers = await IntakeServers.StartAsync("leerplichtdb", TestContext.Current.CancellationToken);

    /// <summary>A host of Leerplicht.Api on the shared database whose "now" is <paramref name="time"/> and whose scanner ticks every 200 ms.</summary>
    public WebApplicationFactory<Program> CreateHost(TimeProvider time) =>
        servers!.Host<Program>(web => web
            .UseSetting("Leerplicht:TermijnInterval", "00:00:00.200")
            .ConfigureTestServices(services => services.AddSingleton(time)));

    public Task<long> CountAsync(string sql, object? parameter = null) => servers!.CountAsync(sql, parameter, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (servers is not null) await servers.DisposeAsync();
    }
}

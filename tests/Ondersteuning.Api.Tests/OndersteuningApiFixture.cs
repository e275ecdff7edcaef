using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using Ontwikkelagenda.LocalServers;

[assembly: AssemblyFixture(typeof(Ondersteuning.Api.Tests.OndersteuningApiFixture))]

namespace Ondersteuning.Api.Tests;

/// <summary>
/// Real PostgreSQL and RabbitMQ on free ports, started once for the test assembly, with Ondersteuning.Api
/// in process against them and a queue that sees every event it publishes.
/// </summary>
public sealed class OndersteuningApiFixture : IAsyncLifetime
{
    private PostgresServer? postgres;
    private RabbitMqServer? rabbitMq;
    private WebApplicationFactory<Program>? factory;

    public HttpClient Client { get; private set; } = null!;

    public PublishedEvents Events { get; private set; } = null!;

    public string DatabaseConnectionString { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        postgres = await PostgresServer.StartAsync(cancellationToken: cancellationToken);
        rabbitMq = await RabbitMqServer.StartAsync(cancellationToken: cancellationToken);
        await postgres.EnsureDatabaseAsync("ondersteuningdb", cancellationToken);
        DatabaseConnectionString = postgres.ConnectionString("ondersteuningdb");

        Events = await PublishedEvents.ListenAsync(rabbitMq.ConnectionString, cancellationToken);

        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
            .UseSetting("ConnectionStrings:ondersteuningdb", DatabaseConnectionString)
            .UseSetting("ConnectionStrings:rabbitmq", rabbitMq.ConnectionString)
            .UseSetting("Logging:LogLevel:Default", "Warning"));
        Client = factory.CreateClient();
    }

    /// <summary>A count from the service's own schema.</summary>
    public async Task<long> CountAsync(string sql, object? parameter = null)
    {
        await using var connection = new NpgsqlConnection(DatabaseConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        if (parameter is not null) command.Parameters.AddWithValue("p", parameter);
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (factory is not null) await factory.DisposeAsync();
        if (Events is not null) await Events.DisposeAsync();
        if (rabbitMq is not null) await rabbitMq.DisposeAsync();
        if (postgres is not null) await postgres.DisposeAsync();
    }
}

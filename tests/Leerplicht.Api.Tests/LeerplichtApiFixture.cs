using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using Ontwikkelagenda.LocalServers;

namespace Leerplicht.Api.Tests;

/// <summary>
/// Real PostgreSQL and RabbitMQ on free ports, started once for the test class, with Leerplicht.Api
/// in process against them and a queue that sees every event it publishes.
/// </summary>
public sealed class LeerplichtApiFixture : IAsyncLifetime
{
    private PostgresServer? postgres;
    private RabbitMqServer? rabbitMq;
    private WebApplicationFactory<Program>? factory;

    public HttpClient Client { get; private set; } = null!;

    public PublishedEvents Events { get; private set; } = null!;

    public string DatabaseConnectionString { get; private set; } = null!;

    /// <summary>The broker, for tests that stop and restart it.</summary>
    public RabbitMqServer RabbitMq => rabbitMq!;

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        postgres = await PostgresServer.StartAsync(cancellationToken: cancellationToken);
        rabbitMq = await RabbitMqServer.StartAsync(cancellationToken: cancellationToken);
        await postgres.EnsureDatabaseAsync("leerplichtdb", cancellationToken);
        DatabaseConnectionString = postgres.ConnectionString("leerplichtdb");

        Events = await PublishedEvents.ListenAsync(rabbitMq.ConnectionString, cancellationToken);

        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
            .UseSetting("ConnectionStrings:leerplichtdb", DatabaseConnectionString)
            .UseSetting("ConnectionStrings:rabbitmq", rabbitMq.ConnectionString)
            .UseSetting("Logging:LogLevel:Default", "Warning")
            // Short, so the outbox tests see a republish soon; the grace stays above the publish timeout.
            .UseSetting("Intake:PublishTimeout", "00:00:03")
            .UseSetting("Intake:DispatchInterval", "00:00:01")
            .UseSetting("Intake:DispatchGrace", "00:00:04")
            // The deadline scanner scans once at start (empty database) and then stays out of these tests' event counts;
            // TermijnTests drive it with a clock of their own.
            .UseSetting("Leerplicht:TermijnInterval", "01:00:00"));
        Client = factory.CreateClient();
    }

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

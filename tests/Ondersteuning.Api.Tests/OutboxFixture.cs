using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using Ontwikkelagenda.LocalServers;

namespace Ondersteuning.Api.Tests;

/// <summary>
/// Own PostgreSQL and RabbitMQ for the test that stops the broker (the shared fixture's listener would die
/// with it), with short publish timeouts so the dispatcher republishes soon.
/// </summary>
public sealed class OutboxFixture : IAsyncLifetime
{
    private PostgresServer? postgres;
    private WebApplicationFactory<Program>? factory;

    public HttpClient Client { get; private set; } = null!;

    public RabbitMqServer RabbitMq { get; private set; } = null!;

    public string DatabaseConnectionString { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        postgres = await PostgresServer.StartAsync(cancellationToken: cancellationToken);
        RabbitMq = await RabbitMqServer.StartAsync(cancellationToken: cancellationToken);
        await postgres.EnsureDatabaseAsync("ondersteuningdb", cancellationToken);
        DatabaseConnectionString = postgres.ConnectionString("ondersteuningdb");

        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
            .UseSetting("ConnectionStrings:ondersteuningdb", DatabaseConnectionString)
            .UseSetting("ConnectionStrings:rabbitmq", RabbitMq.ConnectionString)
            .UseSetting("Logging:LogLevel:Default", "Warning")
            // The grace stays above the publish timeout: the dispatcher leaves a request's own publish alone.
            .UseSetting("Intake:PublishTimeout", "00:00:03")
            .UseSetting("Intake:DispatchInterval", "00:00:01")
            .UseSetting("Intake:DispatchGrace", "00:00:04"));
        Client = factory.CreateClient();
    }

    public async Task<object?> ScalarAsync(string sql, Guid parameter)
    {
        await using var connection = new NpgsqlConnection(DatabaseConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("p", parameter);
        return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (factory is not null) await factory.DisposeAsync();
        if (RabbitMq is not null) await RabbitMq.DisposeAsync();
        if (postgres is not null) await postgres.DisposeAsync();
    }
}

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Ontwikkelagenda.LocalServers;

namespace Leerplicht.Api.Tests;

/// <summary>
/// Real PostgreSQL and RabbitMQ for the tests that build their own hosts of Leerplicht.Api on one database (the deadline
/// tests: replicas and restarts; the migration test) with a clock they control.
/// </summary>
public sealed class TermijnFixture : IAsyncLifetime
{
    private PostgresServer? postgres;
    private RabbitMqServer? rabbitMq;

    public string DatabaseConnectionString { get; private set; } = null!;

    public string RabbitMqConnectionString => rabbitMq!.ConnectionString;

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        postgres = await PostgresServer.StartAsync(cancellationToken: cancellationToken);
        rabbitMq = await RabbitMqServer.StartAsync(cancellationToken: cancellationToken);
        await postgres.EnsureDatabaseAsync("leerplichtdb", cancellationToken);
        DatabaseConnectionString = postgres.ConnectionString("leerplichtdb");
    }

    /// <summary>A host of Leerplicht.Api on the shared database whose "now" is <paramref name="time"/> and whose scanner ticks every 200 ms.</summary>
    public WebApplicationFactory<Program> CreateHost(TimeProvider time) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
            .UseSetting("ConnectionStrings:leerplichtdb", DatabaseConnectionString)
            .UseSetting("ConnectionStrings:rabbitmq", RabbitMqConnectionString)
            .UseSetting("Logging:LogLevel:Default", "Warning")
            .UseSetting("Leerplicht:TermijnInterval", "00:00:00.200")
            .ConfigureTestServices(services => services.AddSingleton(time)));

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
        if (rabbitMq is not null) await rabbitMq.DisposeAsync();
        if (postgres is not null) await postgres.DisposeAsync();
    }
}

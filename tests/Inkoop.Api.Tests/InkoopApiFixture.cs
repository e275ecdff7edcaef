using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using Ontwikkelagenda.LocalServers;

namespace Inkoop.Api.Tests;

/// <summary>
/// Real PostgreSQL and RabbitMQ on free ports, started once per assembly, with Inkoop.Api in process against them and a
/// durable queue bound to the exchanges of its events.
/// </summary>
public sealed class InkoopApiFixture : IAsyncLifetime
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
        await postgres.EnsureDatabaseAsync("inkoopdb", cancellationToken);
        DatabaseConnectionString = postgres.ConnectionString("inkoopdb");
        Events = await PublishedEvents.ListenAsync(rabbitMq.ConnectionString, cancellationToken);

        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
            .UseSetting("ConnectionStrings:inkoopdb", DatabaseConnectionString)
            .UseSetting("ConnectionStrings:rabbitmq", rabbitMq.ConnectionString)
            .UseSetting("Logging:LogLevel:Default", "Warning"));
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

    /// <summary>Rows and events so far, to prove a rejected request changed nothing.</summary>
    public async Task<(long Meldingen, long Entiteiten, int Events)> StandAsync() => (
        await CountAsync("SELECT count(*) FROM inkoop.meldingen"),
        await CountAsync("SELECT count(*) FROM inkoop.entiteiten"),
        (await Events.AllAsync()).Count);

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (factory is not null) await factory.DisposeAsync();
        if (Events is not null) await Events.DisposeAsync();
        if (rabbitMq is not null) await rabbitMq.DisposeAsync();
        if (postgres is not null) await postgres.DisposeAsync();
    }
}

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using Ontwikkelagenda.LocalServers;

namespace Ontwikkelagenda.TestSupport;

/// <summary>
/// Real PostgreSQL and RabbitMQ on free ports with the one database an intake service keeps its schema in: what every
/// intake test fixture starts before it hosts its service in process.
/// </summary>
public sealed class IntakeServers : IAsyncDisposable
{
    private readonly PostgresServer postgres;

    private IntakeServers(PostgresServer postgres, RabbitMqServer rabbitMq, string database)
    {
        this.postgres = postgres;
        RabbitMq = rabbitMq;
        Database = database;
        DatabaseConnectionString = postgres.ConnectionString(database);
    }

    /// <summary>The broker, for tests that stop and start it.</summary>
    public RabbitMqServer RabbitMq { get; }

    /// <summary>The database's name, which is also the service's connection name (<c>ConnectionStrings:&lt;database&gt;</c>).</summary>
    public string Database { get; }

    public string DatabaseConnectionString { get; }

    public static async Task<IntakeServers> StartAsync(string database, CancellationToken cancellationToken)
    {
        var postgres = await PostgresServer.StartAsync(cancellationToken: cancellationToken);
        var rabbitMq = await RabbitMqServer.StartAsync(cancellationToken: cancellationToken);
        await postgres.EnsureDatabaseAsync(database, cancellationToken);
        return new IntakeServers(postgres, rabbitMq, database);
    }

    /// <summary>
    /// The service of <typeparamref name="TProgram"/> in process against these servers, quiet in the test output, trusting
    /// the tests' tokens (<see cref="TestTokens"/>).
    /// <paramref name="configure"/> adds settings of its own, such as short publish timeouts or a test clock.
    /// </summary>
    public WebApplicationFactory<TProgram> Host<TProgram>(Action<IWebHostBuilder>? configure = null) where TProgram : class =>
        new WebApplicationFactory<TProgram>().WithWebHostBuilder(web =>
        {
            web.UseSetting($"ConnectionStrings:{Database}", DatabaseConnectionString)
                .UseSetting("ConnectionStrings:rabbitmq", RabbitMq.ConnectionString)
                .UseSetting("Logging:LogLevel:Default", "Warning")
                .VertrouwTestTokens();
            configure?.Invoke(web);
        });

    /// <summary>One value from the service's database; <c>@p</c> is <paramref name="parameter"/>.</summary>
    public async Task<object?> ScalarAsync(string sql, object? parameter, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(DatabaseConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        if (parameter is not null) command.Parameters.AddWithValue("p", parameter);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    public async Task<long> CountAsync(string sql, object? parameter, CancellationToken cancellationToken) =>
        (long)(await ScalarAsync(sql, parameter, cancellationToken))!;

    public async ValueTask DisposeAsync()
    {
        await RabbitMq.DisposeAsync();
        await postgres.DisposeAsync();
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Ontwikkelagenda.Intake.Opslag;
using Ontwikkelagenda.LocalServers;

namespace Ontwikkelagenda.Intake.Tests;

/// <summary>Real PostgreSQL and RabbitMQ, started once per assembly, with a host running the intake machinery against them.</summary>
public sealed class IntakeFixture : IAsyncLifetime
{
    private PostgresServer? postgres;
    private RabbitMqServer? rabbitMq;
    private IHost? host;

    public MeldingOntvangst Ontvangst => host!.Services.GetRequiredService<MeldingOntvangst>();
    public IntakeStore Store => host!.Services.GetRequiredService<IntakeStore>();
    public PublishedEvents Events { get; private set; } = null!;
    public RabbitMqServer RabbitMq => rabbitMq!;
    public string DatabaseConnectionString { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        postgres = await PostgresServer.StartAsync(cancellationToken: cancellationToken);
        rabbitMq = await RabbitMqServer.StartAsync(cancellationToken: cancellationToken);
        await postgres.EnsureDatabaseAsync("intakedb", cancellationToken);
        DatabaseConnectionString = postgres.ConnectionString("intakedb");
        Events = await PublishedEvents.ListenAsync(rabbitMq.ConnectionString, cancellationToken);

        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:intakedb"] = DatabaseConnectionString,
            ["ConnectionStrings:rabbitmq"] = rabbitMq.ConnectionString,
            ["Logging:LogLevel:Default"] = "Warning",
            // Short, so the outbox test sees a republish soon; the grace stays above the publish timeout.
            ["Intake:PublishTimeout"] = "00:00:03",
            ["Intake:DispatchInterval"] = "00:00:01",
            ["Intake:DispatchGrace"] = "00:00:04",
        });
        builder.AddIntake("intaketest", "intakedb");
        host = builder.Build();
        await host.StartAsync(cancellationToken);
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
        if (host is not null)
        {
            await host.StopAsync(CancellationToken.None);
            host.Dispose();
        }
        if (Events is not null) await Events.DisposeAsync();
        if (rabbitMq is not null) await rabbitMq.DisposeAsync();
        if (postgres is not null) await postgres.DisposeAsync();
    }
}

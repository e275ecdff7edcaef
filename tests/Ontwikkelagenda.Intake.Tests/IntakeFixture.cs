using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Ontwikkelagenda.Intake.Audit;
using Ontwikkelagenda.Intake.Opslag;
using Ontwikkelagenda.Intake.Toegang;
using Ontwikkelagenda.LocalServers;

namespace Ontwikkelagenda.Intake.Tests;

/// <summary>Real PostgreSQL and RabbitMQ, started once per assembly, with a host running the intake machinery against them.</summary>
public sealed class IntakeFixture : IAsyncLifetime
{
    private IntakeServers? servers;
    private IHost? host;

    public MeldingOntvangst Ontvangst => host!.Services.GetRequiredService<MeldingOntvangst>();
    public IntakeStore Store => host!.Services.GetRequiredService<IntakeStore>();
    public AuditTrail Audit => host!.Services.GetRequiredService<AuditTrail>();
    public PublishedEvents Events { get; private set; } = null!;
    public RabbitMqServer RabbitMq => servers!.RabbitMq;
    public string DatabaseConnectionString => servers!.DatabaseConnectionString;

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        servers = await IntakeServers.StartAsync("intakedb", cancellationToken);
        Events = await PublishedEvents.ListenAsync(servers.RabbitMq.ConnectionString, ["AanbiederGeregistreerd", "MeldingIngetrokken"], cancellationToken);

        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:intakedb"] = DatabaseConnectionString,
            ["ConnectionStrings:rabbitmq"] = servers.RabbitMq.ConnectionString,
            ["Logging:LogLevel:Default"] = "Warning",
            // Short, so the outbox test sees a republish soon; the grace stays above the publish timeout.
            ["Intake:PublishTimeout"] = "00:00:03",
            ["Intake:DispatchInterval"] = "00:00:01",
            ["Intake:DispatchGrace"] = "00:00:04",
        });
        builder.AddIntake("intaketest", "intakedb");
        // Each service says whose events it stores; these tests call the library without a caller, so nothing is refused.
        builder.Services.AddSingleton<IEventToegang, GeenEventToegang>();
        host = builder.Build();
        await host.StartAsync(cancellationToken);
    }

    public Task<long> CountAsync(string sql, object? parameter = null) => servers!.CountAsync(sql, parameter, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (host is not null)
        {
            await host.StopAsync(CancellationToken.None);
            host.Dispose();
        }
        if (Events is not null) await Events.DisposeAsync();
        if (servers is not null) await servers.DisposeAsync();
    }
}

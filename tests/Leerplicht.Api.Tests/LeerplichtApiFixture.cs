using Microsoft.AspNetCore.Hosting;
using Ontwikkelagenda.LocalServers;

namespace Leerplicht.Api.Tests;

/// <summary>
/// Real PostgreSQL and RabbitMQ on free ports, started once for the test class, with Leerplicht.Api
/// in process against them and a queue that sees every event it publishes.
/// </summary>
public sealed class LeerplichtApiFixture : LeerplichtHost
{
    private static readonly string[] EventTypes =
    [
        "ThuiszitterGemeld", "ThuiszitterBeeindigd", "ThuiszitterOvergedragen", "ThuiszitterTermijnOverschreden", "MeldingIngetrokken",
    ];

    public PublishedEvents Events { get; private set; } = null!;

    public string DatabaseConnectionString => Servers.DatabaseConnectionString;

    /// <summary>The broker, for tests that stop and restart it.</summary>
    public RabbitMqServer RabbitMq => Servers.RabbitMq;

    protected override async ValueTask BeforeHostAsync() =>
        Events = await PublishedEvents.ListenAsync(Servers.RabbitMq.ConnectionString, EventTypes, TestContext.Current.CancellationToken);

    // Short, so the outbox tests see a republish soon; the grace stays above the publish timeout. TermijnTests drive the
    // deadline scanner with a clock of their own.
    protected override void Configure(IWebHostBuilder web) => web
        .UseSetting("Intake:PublishTimeout", "00:00:03")
        .UseSetting("Intake:DispatchInterval", "00:00:01")
        .UseSetting("Intake:DispatchGrace", "00:00:04");

    public override async ValueTask DisposeAsync()
    {
        // The listener goes before its broker does.
        if (Events is not null) await Events.DisposeAsync();
        await base.DisposeAsync();
    }
}

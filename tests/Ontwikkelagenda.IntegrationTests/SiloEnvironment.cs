using Agenda.Silo;
using Dapper;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Ontwikkelagenda.LocalServers;
using System.Globalization;

namespace Ontwikkelagenda.IntegrationTests;

/// <summary>
/// One test's own corner of the shared servers: a fresh database, Orleans cluster id and queue.
/// Silos are hosted in-process with the production registration (<c>AddAgendaSilo</c>).
/// </summary>
public sealed class SiloEnvironment(ServersFixture servers) : IAsyncDisposable
{
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..10];
    private readonly List<IHost> _hosts = [];

    public string Database => $"agenda_{_suffix}";
    public string Queue => $"agenda-thuiszitters-{_suffix}";
    public string AgendaDbConnectionString => servers.Postgres.ConnectionString(Database);
    public string ClusterId => $"test-{_suffix}";

    /// <summary>Starts a silo that joins this environment's cluster; call again for a second replica.</summary>
    public async Task<IHost> StartSiloAsync(Action<IServiceCollection>? replace = null)
    {
        await servers.Postgres.EnsureDatabaseAsync(Database);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:agendadb"] = AgendaDbConnectionString,
            ["ConnectionStrings:rabbitmq"] = servers.RabbitMq.ConnectionString,
            ["ConnectionStrings:redis"] = servers.Redis.ConnectionString,
            ["Orleans:ClusterId"] = ClusterId,
            ["Orleans:ServiceId"] = ClusterId,
            ["Orleans:Endpoints:SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Orleans:Endpoints:GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Messaging:Wachtrij"] = Queue,
            // Short retries: an end that overtook its entity's first event is retried within seconds.
            ["Messaging:RetryIntervallenMs:0"] = "100",
            ["Messaging:RetryIntervallenMs:1"] = "200",
            ["Messaging:RetryIntervallenMs:2"] = "500",
            ["Messaging:RetryIntervallenMs:3"] = "1000",
            ["Messaging:RetryIntervallenMs:4"] = "1000",
            ["Messaging:RetryIntervallenMs:5"] = "2000",
            ["Messaging:RetryIntervallenMs:6"] = "2000",
            ["Messaging:RetryIntervallenMs:7"] = "5000",
        });
        builder.AddAgendaSilo();
        builder.Services.AddSingleton<ConsumedMessages>();
        builder.Services.AddConsumeObserver(provider => provider.GetRequiredService<ConsumedMessages>());
        replace?.Invoke(builder.Services);

        var host = builder.Build();
        await host.StartAsync(TestContext.Current.CancellationToken);
        _hosts.Add(host);
        return host;
    }

    /// <summary>How many rows the event store holds for this event id.</summary>
    public async Task<int> StoredCopies(Guid eventId)
    {
        await using var connection = new NpgsqlConnection(AgendaDbConnectionString);
        return await connection.ExecuteScalarAsync<int>("select count(*) from agenda.events where event_id = @eventId", new { eventId });
    }

    /// <summary>Per stored event of the entity, its id and scopes, in store order.</summary>
    public async Task<IReadOnlyList<(Guid EventId, string[] Scopes)>> StoredRows(Guid entiteitId)
    {
        await using var connection = new NpgsqlConnection(AgendaDbConnectionString);
        var rows = await connection.QueryAsync<(Guid, string[])>(
            "select event_id, scopes from agenda.events where entiteit_id = @entiteitId order by sequence_number", new { entiteitId });
        return rows.ToList();
    }

    /// <summary>Stops a silo the way a crash would leave the system: its in-memory grain state is gone.</summary>
    public async Task StopSiloAsync(IHost host)
    {
        _hosts.Remove(host);
        await host.StopAsync();
        host.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts.AsEnumerable().Reverse().ToList())
        {
            await StopSiloAsync(host);
        }
    }
}

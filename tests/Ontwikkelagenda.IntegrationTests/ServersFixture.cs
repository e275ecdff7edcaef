using Ontwikkelagenda.LocalServers;

[assembly: AssemblyFixture(typeof(Ontwikkelagenda.IntegrationTests.ServersFixture))]

namespace Ontwikkelagenda.IntegrationTests;

/// <summary>
/// Real PostgreSQL, RabbitMQ and Redis, started once for this test assembly on free ports in
/// temporary folders (never those of a running AppHost). Tests isolate themselves by database,
/// Orleans cluster id and queue name (see <see cref="SiloEnvironment"/>). RabbitMQ runs with its Prometheus
/// plugin, so a test can read the per-queue figure the alert rules read.
/// </summary>
public sealed class ServersFixture : IAsyncLifetime
{
    public PostgresServer Postgres { get; private set; } = null!;
    public RabbitMqServer RabbitMq { get; private set; } = null!;
    public RedisServer Redis { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var servers = await Task.WhenAll<LocalServer>(
            Start(() => PostgresServer.StartAsync()),
            Start(() => RabbitMqServer.StartAsync(prometheus: true)),
            Start(() => RedisServer.StartAsync()));
        Postgres = (PostgresServer)servers[0];
        RabbitMq = (RabbitMqServer)servers[1];
        Redis = (RedisServer)servers[2];
    }

    private static async Task<LocalServer> Start<T>(Func<Task<T>> start) where T : LocalServer => await start();

    public async ValueTask DisposeAsync()
    {
        foreach (var server in new LocalServer?[] { Postgres, RabbitMq, Redis })
        {
            if (server is not null) await server.DisposeAsync();
        }
    }
}

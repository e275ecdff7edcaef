using Ontwikkelagenda.LocalServers;

namespace Ontwikkelagenda.AppHost;

/// <summary>
/// One Orleans cluster whose membership lives in Redis, like Aspire's AddOrleans(...).WithClustering(redis):
/// silos get cluster ids and ports of their own, clients get the ids to find the silos.
/// </summary>
public sealed class OrleansCluster(string clusterId, RedisResource clustering)
{
    public string ClusterId { get; } = clusterId;

    public ProjectResource AddSilo(ProjectResource silo) => AddClient(silo)
        .WithEnvironment("Orleans__SiloPort", () => FreePort.Next().ToString())
        .WithEnvironment("Orleans__GatewayPort", () => FreePort.Next().ToString());

    public ProjectResource AddClient(ProjectResource project) => project
        .WithReference(clustering)
        .WithEnvironment("Orleans__ClusterId", ClusterId)
        .WithEnvironment("Orleans__ServiceId", ClusterId);
}

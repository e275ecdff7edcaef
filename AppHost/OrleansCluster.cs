using Ontwikkelagenda.LocalServers;

namespace Ontwikkelagenda.AppHost;

/// <summary>
/// One Orleans cluster whose membership lives in Redis, like Aspire's AddOrleans(...).WithClustering(redis):
/// silos get cluster ids and ports of their own, clients get the ids to find the silos.
/// </summary>
/// <remarks>
/// The service id stays the same across runs (it is the application's identity); the cluster id is
/// new for every run, as for a new deployment. Otherwise silos that died with a killed AppHost stay
/// "active" in Redis and the next run's silos wait for them to be voted dead (about 90 s).
/// </remarks>
public sealed class OrleansCluster(string serviceId, RedisResource clustering)
{
    public string ServiceId { get; } = serviceId;

    public string ClusterId { get; } = $"{serviceId}-{DateTime.UtcNow:yyyyMMddHHmmss}";

    public ProjectResource AddSilo(ProjectResource silo) => AddClient(silo)
        .WithEnvironment("Orleans__SiloPort", () => FreePort.Next().ToString())
        .WithEnvironment("Orleans__GatewayPort", () => FreePort.Next().ToString());

    public ProjectResource AddClient(ProjectResource project) => project
        .WithReference(clustering)
        .WithEnvironment("Orleans__ClusterId", ClusterId)
        .WithEnvironment("Orleans__ServiceId", ServiceId);
}

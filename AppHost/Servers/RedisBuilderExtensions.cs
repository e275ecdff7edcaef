using Ontwikkelagenda.LocalServers;

namespace Ontwikkelagenda.AppHost.Servers;

public static class RedisBuilderExtensions
{
    /// <summary>Redis from Debian's package with its append-only file in <paramref name="dataDir"/>; healthy once it answers PING.</summary>
    public static IResourceBuilder<RedisResource> AddLocalRedis(this IDistributedApplicationBuilder builder, string name, string dataDir)
    {
        var redis = new RedisResource(name, RedisServer.FindBinary(), dataDir);
        Directory.CreateDirectory(dataDir);
        return builder.AddResource(redis)
            .WithDirectEndpoint(RedisResource.EndpointName, "tcp")
            .WithArgsFromPorts([], [redis.Endpoint], ports => RedisServer.Arguments(dataDir, ports[0]))
            .WithProbe(cancellationToken => RedisServer.IsHealthyAsync(redis.Endpoint.Port, cancellationToken), "Redis does not answer PING yet.");
    }
}

using System.Collections.Concurrent;
using Ontwikkelagenda.LocalServers;

namespace Ontwikkelagenda.AppHost.Servers;

/// <summary>
/// Endpoints the programs listen on themselves, without the orchestrator's proxy in between. Each proxied
/// connection (every SQL statement, AMQP frame and HTTP request between the services) went through DCP, which cost
/// about 1.2 ms of CPU per melding in <c>./bench.sh</c>, more than a silo's event store. A proxy-less endpoint needs
/// its port chosen here: the given one, or a free one.
/// </summary>
public static class DirectEndpoints
{
    // A free port is free until someone binds it: never hand the same one to two endpoints of this AppHost.
    private static readonly ConcurrentDictionary<int, bool> Handed = new();

    public static IResourceBuilder<T> WithDirectEndpoint<T>(this IResourceBuilder<T> builder, string name, string scheme, int? port = null)
        where T : IResourceWithEndpoints
    {
        var chosen = port ?? NewFreePort();
        Handed.TryAdd(chosen, true);
        return builder.WithEndpoint(port: chosen, targetPort: chosen, scheme: scheme, name: name, isProxied: false);
    }

    private static int NewFreePort()
    {
        while (true)
        {
            var port = FreePort.Next();
            if (Handed.TryAdd(port, true)) return port;
        }
    }
}

using Ontwikkelagenda.LocalServers;

namespace Ontwikkelagenda.AppHost;

/// <summary>Redis, which holds the Orleans cluster membership and reminders.</summary>
public sealed class RedisResource(string name, string dataDir, ResourceConsole console)
    : ServerResource<RedisServer>(name, console), IResourceWithConnectionString
{
    public string ConnectionName => Name;

    public string ConnectionString => Server!.ConnectionString;

    public Resource Owner => this;

    protected override RedisServer Create(Action<string> log) => new(dataDir, 0, log);
}

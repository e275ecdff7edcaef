using Ontwikkelagenda.LocalServers;

namespace Ontwikkelagenda.AppHost;

/// <summary>A local server (PostgreSQL, RabbitMQ, Redis) with its data in a folder of the data dir.</summary>
public abstract class ServerResource<TServer>(string name, ResourceConsole console) : Resource(name)
    where TServer : LocalServer
{
    /// <summary>The server, created by <see cref="Validate"/> (which finds its binaries).</summary>
    protected TServer? Server { get; private set; }

    public override string? Url => Server?.Process is null ? null : Server.ConnectionUrl;

    public override void Validate() => Server ??= Create(console.For(Name));

    public override Task StopAsync() => Server?.StopAsync() ?? Task.CompletedTask;

    protected abstract TServer Create(Action<string> log);

    protected override async Task StartAsync(CancellationToken cancellationToken)
    {
        Validate();
        await Server!.StartAsync(cancellationToken);
        console.Info($"{Name} is healthy ({Server.StartupTime.TotalSeconds:0.0} s)");
        await OnStartedAsync(Server, cancellationToken);
    }

    /// <summary>Work once the server is healthy, before dependents start.</summary>
    protected virtual Task OnStartedAsync(TServer server, CancellationToken cancellationToken) => Task.CompletedTask;
}

namespace Ontwikkelagenda.LocalServers.Tests;

/// <summary>Starts one server per test class, in a temporary data dir that is deleted afterwards.</summary>
public abstract class ServerFixture<TServer>(Func<TServer> create) : IAsyncLifetime
    where TServer : LocalServer
{
    public TServer Server { get; } = create();

    public ValueTask InitializeAsync() => new(Server.StartAsync(TestContext.Current.CancellationToken));

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

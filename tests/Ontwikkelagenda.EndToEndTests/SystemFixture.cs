using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace Ontwikkelagenda.EndToEndTests;

/// <summary>Starts the whole system once for the end-to-end tests and stops it afterwards.</summary>
public sealed class SystemFixture : IAsyncLifetime
{
    public string DataDir { get; } = Path.Combine(Path.GetTempPath(), $"ontwikkelagenda-e2e-{Guid.NewGuid():N}");

    internal AspireSystem AppHost { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        AppHost = new AspireSystem(DataDir, Path.Combine(RepositoryPaths.Artifacts, "apphost.log"), builder =>
        {
            AspireSystem.ScanDeadlinesEveryTwoSeconds(builder);
            AspireSystem.LoginsFromOneAddress(builder);
        });
        await AppHost.StartAsync();
    }

    /// <summary>Stops and starts the system on the same data, as an operator restarting it would.</summary>
    internal async Task RestartAsync()
    {
        await AppHost.StopAsync();
        await AppHost.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await AppHost.DisposeAsync();
        try { Directory.Delete(DataDir, recursive: true); }
        catch (IOException) { /* a server may still be flushing; the temp dir is cleaned by the OS */ }
        catch (UnauthorizedAccessException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class SystemCollection : ICollectionFixture<SystemFixture>
{
    public const string Name = "system";
}

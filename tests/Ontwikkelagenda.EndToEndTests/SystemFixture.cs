namespace Ontwikkelagenda.EndToEndTests;

/// <summary>Starts the whole system once for the end-to-end tests and stops it afterwards.</summary>
public sealed class SystemFixture : IAsyncLifetime
{
    public string DataDir { get; } = Path.Combine(Path.GetTempPath(), $"ontwikkelagenda-e2e-{Guid.NewGuid():N}");

    internal AppHostProcess AppHost { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        AppHost = new AppHostProcess(DataDir, Path.Combine(RepositoryPaths.Artifacts, "apphost.log"));
        await AppHost.StartAsync();
    }

    /// <summary>Stops and starts AppHost on the same data, as an operator restarting the system would.</summary>
    internal async Task<bool> RestartAsync()
    {
        var stopped = await AppHost.StopAsync(TimeSpan.FromSeconds(15));
        await AppHost.StartAsync();
        return stopped;
    }

    public async ValueTask DisposeAsync()
    {
        await AppHost.StopAsync(TimeSpan.FromSeconds(15));
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

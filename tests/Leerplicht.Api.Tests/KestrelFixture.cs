using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Ontwikkelagenda.LocalServers;

namespace Leerplicht.Api.Tests;

/// <summary>
/// Leerplicht.Api on real Kestrel (the in-memory test server enforces no body limit) against real PostgreSQL and RabbitMQ,
/// with one allowed cross-origin caller configured.
/// </summary>
public sealed class KestrelFixture : IAsyncLifetime
{
    public const string AllowedOrigin = "https://toegestaan.example.org";

    private IntakeServers? servers;
    private WebApplicationFactory<Program>? factory;

    public HttpClient Client { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        servers = await IntakeServers.StartAsync("leerplichtdb", TestContext.Current.CancellationToken);
        factory = servers.Host<Program>(web => web
            .UseSetting("Cors:Origins:0", AllowedOrigin)
            .UseSetting("Leerplicht:TermijnInterval", "01:00:00"));
        factory.UseKestrel(0);
        factory.StartServer();
        Client = factory.CreateClient();
    }

    public Task<long> CountAsync(string sql, object? parameter = null) => servers!.CountAsync(sql, parameter, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (factory is not null) await factory.DisposeAsync();
        if (servers is not null) await servers.DisposeAsync();
    }
}

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Ontwikkelagenda.LocalServers;

namespace Ondersteuning.Api.Tests;

/// <summary>
/// Own PostgreSQL and RabbitMQ for the test that stops the broker (the shared fixture's listener would die
/// with it), with short publish timeouts so the dispatcher republishes soon.
/// </summary>
public sealed class OutboxFixture : IAsyncLifetime
{
    private IntakeServers? servers;
    private WebApplicationFactory<Program>? factory;

    public HttpClient Client { get; private set; } = null!;

    public RabbitMqServer RabbitMq => servers!.RabbitMq;

    public string DatabaseConnectionString => servers!.DatabaseConnectionString;

    public async ValueTask InitializeAsync()
    {
        servers = await IntakeServers.StartAsync("ondersteuningdb", TestContext.Current.CancellationToken);
        factory = servers.Host<Program>(web => web
            // The grace stays above the publish timeout: the dispatcher leaves a request's own publish alone.
            .UseSetting("Intake:PublishTimeout", "00:00:03")
            .UseSetting("Intake:DispatchInterval", "00:00:01")
            .UseSetting("Intake:DispatchGrace", "00:00:04"));
        Client = AlsEigenaar.Client(factory, servers.DatabaseConnectionString);
    }

    public Task<object?> ScalarAsync(string sql, Guid parameter) => servers!.ScalarAsync(sql, parameter, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (factory is not null) await factory.DisposeAsync();
        if (servers is not null) await servers.DisposeAsync();
    }
}

using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Ondersteuning.Api.Tests;

/// <summary>
/// Own PostgreSQL and RabbitMQ for the retention test: its clock runs a year ahead, which on the shared database would
/// erase the references other tests assert on.
/// </summary>
public sealed class BewaarFixture : IAsyncLifetime
{
    private IntakeServers? servers;

    public string DatabaseConnectionString => servers!.DatabaseConnectionString;

    public async ValueTask InitializeAsync() =>
        servers = await IntakeServers.StartAsync("ondersteuningdb", TestContext.Current.CancellationToken);

    /// <summary>A host of Ondersteuning.Api whose "now" is <paramref name="time"/>.</summary>
    public WebApplicationFactory<Program> CreateHost(TimeProvider time) =>
        servers!.Host<Program>(web => web.ConfigureTestServices(services => services.AddSingleton(time)));

    public async ValueTask DisposeAsync()
    {
        if (servers is not null) await servers.DisposeAsync();
    }
}

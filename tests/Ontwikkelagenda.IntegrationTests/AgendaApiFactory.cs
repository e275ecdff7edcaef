extern alias AgendaApi;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Ontwikkelagenda.IntegrationTests;

/// <summary>Agenda.Api in-process, an Orleans client of the test's own cluster (membership in the real Redis).</summary>
public sealed class AgendaApiFactory(ServersFixture servers, SiloEnvironment environment) : WebApplicationFactory<AgendaApi::Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:redis", servers.Redis.ConnectionString);
        builder.UseSetting("Orleans:ClusterId", environment.ClusterId);
        builder.UseSetting("Orleans:ServiceId", environment.ClusterId);
    }
}

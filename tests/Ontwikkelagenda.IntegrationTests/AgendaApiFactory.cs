extern alias AgendaApi;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Ontwikkelagenda.TestSupport;

namespace Ontwikkelagenda.IntegrationTests;

/// <summary>
/// Agenda.Api in-process, an Orleans client of the test's own cluster (membership in the real Redis), trusting the
/// tests' tokens (<see cref="TestTokens"/>).
/// </summary>
/// <param name="time">The API's clock when the test needs to hold it (the cache's expiry); the real one otherwise.</param>
public sealed class AgendaApiFactory(ServersFixture servers, SiloEnvironment environment, TimeProvider? time = null) : WebApplicationFactory<AgendaApi::Program>
{
    public const string Audience = "agenda-api";

    /// <summary>A client of <paramref name="wie"/>; by default a wethouder, who reads every overview.</summary>
    public HttpClient Lezer(TestGebruiker? wie = null) =>
        CreateDefaultClient(new TokenHandler(wie ?? TestGebruiker.Wethouder("GM0106"), Audience));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:redis", servers.Redis.ConnectionString);
        builder.UseSetting("Orleans:ClusterId", environment.ClusterId);
        builder.UseSetting("Orleans:ServiceId", environment.ClusterId);
        builder.VertrouwTestTokens();
        if (time is not null) builder.ConfigureServices(services => services.AddSingleton(time));
    }
}

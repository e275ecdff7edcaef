using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Leerplicht.Api.Tests;

/// <summary>
/// Leerplicht.Api on real Kestrel (the in-memory test server enforces no body limit) against real PostgreSQL and RabbitMQ,
/// with one allowed cross-origin caller configured.
/// </summary>
public sealed class KestrelFixture : LeerplichtHost
{
    public const string AllowedOrigin = "https://toegestaan.example.org";

    protected override void Configure(IWebHostBuilder web) => web.UseSetting("Cors:Origins:0", AllowedOrigin);

    protected override void Start(WebApplicationFactory<Program> factory)
    {
        factory.UseKestrel(0);
        factory.StartServer();
    }
}

using Identity.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using Ontwikkelagenda.LocalServers;

[assembly: AssemblyFixture(typeof(Identity.Api.Tests.IdentityApiFixture))]

namespace Identity.Api.Tests;

/// <summary>
/// A real PostgreSQL on a free port with Identity.Api in process against it, in demo mode with its data directory in a
/// temporary folder, so the demo accounts' passwords are read from the list it writes.
/// </summary>
public sealed class IdentityApiFixture : IAsyncLifetime
{
    public const string WebRedirectUri = "https://web.test/signin-oidc";
    public const string WebClientSecret = "geheim-van-de-web-client-in-tests";

    private PostgresServer? postgres;

    public string DataDir { get; } = Directory.CreateTempSubdirectory("identity-api-tests-").FullName;

    public string ConnectionString { get; private set; } = "";

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public DemoAccounts Demo { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        postgres = await PostgresServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        await postgres.EnsureDatabaseAsync("identitydb", TestContext.Current.CancellationToken);
        ConnectionString = postgres.ConnectionString("identitydb");
        Factory = Host();
        // The first client starts the host, which seeds before it answers.
        using var _ = Factory.CreateClient();
        Demo = DemoAccounts.Lees(Path.Combine(DataDir, DemoAccounts.FileName));
    }

    /// <summary>Identity.Api on this database and data directory; <paramref name="configure"/> adds settings of a test's own.</summary>
    public WebApplicationFactory<Program> Host(Action<IWebHostBuilder>? configure = null) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:identitydb", ConnectionString)
                .UseSetting("Identity:Demo", "true")
                .UseSetting("Identity:AllowHttp", "true")
                .UseSetting("Identity:DataDir", DataDir)
                .UseSetting("Identity:WebRedirectUri", WebRedirectUri)
                .UseSetting("Identity:WebClientSecret", WebClientSecret)
                // Generous: the tests of one run post the login form more often than a person would.
                .UseSetting("Identity:LoginPostsPerMinute", "100")
                .UseSetting("Logging:LogLevel:Default", "Warning");
            configure?.Invoke(web);
        });

    /// <summary>A browser: cookies kept, redirects not followed, so each step of a flow can be asserted.</summary>
    public HttpClient Browser(WebApplicationFactory<Program>? factory = null) =>
        (factory ?? Factory).CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    public async ValueTask DisposeAsync()
    {
        if (Factory is not null) await Factory.DisposeAsync();
        if (postgres is not null) await postgres.DisposeAsync();
        Directory.Delete(DataDir, recursive: true);
    }
}

using Identity.Api.Demo;
using Identity.Api.Tokens;
using Microsoft.Extensions.Options;

namespace Identity.Api.Opslag;

/// <summary>
/// Before the server takes requests: the schema (made once by EnsureCreated; nothing when it exists), the API scopes,
/// the web client when configured, and with <c>Identity:Demo</c> the demo accounts and clients.
/// </summary>
public sealed class IdentityStartup(IServiceScopeFactory scopes, IOptions<IdentiteitOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<IdentityDb>().Database.EnsureCreatedAsync(cancellationToken);
        var clients = services.GetRequiredService<Clients>();
        await clients.EnsureApiScopesAsync(cancellationToken);
        var settings = options.Value;
        if (settings.Demo)
        {
            await services.GetRequiredService<DemoSeed>().RunAsync(settings, cancellationToken);
        }

        if (settings.WebRedirectUri is { } redirect)
        {
            await clients.EnsureWebAsync(redirect, settings.WebPostLogoutRedirectUri, settings.WebClientSecret, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

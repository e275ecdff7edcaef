using Identity.Api.Demo;
using Identity.Api.Tokens;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;

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
            await EnsureWebClientAsync(redirect, settings, cancellationToken);
        }
    }

    /// <summary>
    /// Another instance starting at the same moment may update the web client too, and OpenIddict then refuses the
    /// second update (optimistic concurrency): read it again in a fresh scope and apply ours once more.
    /// </summary>
    private async Task EnsureWebClientAsync(Uri redirect, IdentiteitOptions settings, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                await scope.ServiceProvider.GetRequiredService<Clients>()
                    .EnsureWebAsync(redirect, settings.WebPostLogoutRedirectUri, settings.WebClientSecret, cancellationToken);
                return;
            }
            catch (OpenIddictExceptions.ConcurrencyException) when (attempt < 5)
            {
                // Updated meanwhile by the other instance: try again on what it wrote.
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

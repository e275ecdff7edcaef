using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;
using Refit;

namespace Ontwikkelagenda.Web.Common.Toegang;

/// <summary>
/// A Refit client that calls as the signed-in user. IHttpClientFactory builds its handlers in a scope of its own, where
/// the circuit's <see cref="GebruikersTokens"/> is not; so the client is made per circuit (scoped) around the factory's
/// pooled handler chain of the named client (base address, resilience, service discovery), with
/// <see cref="GebruikersTokenHandler"/> of that circuit in front.
/// </summary>
public static class GebruikersClients
{
    /// <summary>Call after <c>AddRefitGeneratedClient&lt;T&gt;</c>: this registration of <typeparamref name="T"/> replaces its typed client.</summary>
    public static IHttpClientBuilder MetTokenVanGebruiker<T>(this IHttpClientBuilder builder, RefitSettings? settings = null) where T : class
    {
        var naam = builder.Name;
        builder.Services.AddScoped(services => RestService.ForGenerated<T>(HttpClient(services, naam), settings ?? new RefitSettings()));
        return builder;
    }

    private static HttpClient HttpClient(IServiceProvider services, string naam)
    {
        var handler = new GebruikersTokenHandler(services.GetRequiredService<GebruikersTokens>())
        {
            InnerHandler = services.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(naam),
        };
        // The factory owns and recycles the inner chain: the client must not dispose it.
        var client = new HttpClient(handler, disposeHandler: false);
        foreach (var configureer in services.GetRequiredService<IOptionsMonitor<HttpClientFactoryOptions>>().Get(naam).HttpClientActions)
        {
            configureer(client);
        }
        return client;
    }
}

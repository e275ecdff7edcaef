using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Ontwikkelagenda.TestSupport.Rechtenmatrix;

/// <summary>A route pattern with one HTTP method; <see cref="ElkeMethode"/> for a route mapped without methods (the health checks).</summary>
public sealed record Eindpunt(string Methode, string Route)
{
    public const string ElkeMethode = "*";

    /// <summary>Every route endpoint the host serves, one per method, as its routing knows them: nothing left out.</summary>
    public static IReadOnlySet<Eindpunt> VanHost(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methoden
                    ? methoden
                    : [ElkeMethode])
                .Select(methode => new Eindpunt(methode, Normaal(endpoint.RoutePattern.RawText))))
            .ToHashSet();

    // A group's "" route ends in the group's slash: "/v1/thuiszitters/" is "/v1/thuiszitters", as it is called.
    private static string Normaal(string? patroon) => "/" + (patroon ?? "").Trim('/');

    public override string ToString() => $"{Methode} {Route}";
}

using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Ontwikkelagenda.TestSupport.Rechtenmatrix;

/// <summary>A route pattern with one HTTP method; <see cref="ElkeMethode"/> for a route mapped without methods (the health checks).</summary>
public sealed record Eindpunt(string Methode, string Route)
{
    public const string ElkeMethode = "*";

    /// <summary>
    /// Every endpoint the host serves, one per method, as its routing knows them: nothing left out. An endpoint that is
    /// not a route (none today) is listed by its display name with method "?", so it fails for want of a row.
    /// </summary>
    public static IReadOnlySet<Eindpunt> VanHost(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .SelectMany(endpoint => endpoint is RouteEndpoint route
                ? (route.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methoden ? methoden : [ElkeMethode])
                    .Select(methode => new Eindpunt(methode, Normaal(route.RoutePattern.RawText)))
                : [new Eindpunt("?", endpoint.DisplayName ?? endpoint.ToString() ?? "")])
            .ToHashSet();

    // A group's "" route ends in the group's slash: "/v1/thuiszitters/" is "/v1/thuiszitters", as it is called.
    private static string Normaal(string? patroon) => "/" + (patroon ?? "").Trim('/');

    public override string ToString() => $"{Methode} {Route}";
}

using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Ontwikkelagenda.ServiceDefaults.NlApi;

namespace Ontwikkelagenda.ServiceDefaults.Security;

/// <summary>
/// Cross-origin browser calls: refused unless the caller's origin is listed in <c>Cors:Origins</c> (empty by default).
/// The web is Blazor Server, so browsers never call the APIs directly; a site that does gets its origin listed there.
/// </summary>
public static class CorsSettings
{
    public const string SectionName = "Cors:Origins";

    public static TBuilder AddConfiguredCors<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var origins = builder.Configuration.GetSection(SectionName).Get<string[]>() ?? [];
        var invalid = origins.Where(origin => !IsOrigin(origin)).ToList();
        if (invalid.Count > 0)
        {
            throw new InvalidOperationException(
                $"{SectionName} bevat iets dat geen origin is ({string.Join(", ", invalid)}); schrijf elk als https://host[:poort], zonder pad.");
        }

        builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .WithOrigins(origins)
            .WithMethods("GET", "POST", "PUT", "DELETE")
            .WithHeaders("Content-Type", "Accept", "Authorization")
            .WithExposedHeaders(ApiVersionHeader.Name, "Location", "Retry-After")));
        return builder;
    }

    private static bool IsOrigin(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
        && uri.GetLeftPart(UriPartial.Authority) == origin.TrimEnd('/');
}

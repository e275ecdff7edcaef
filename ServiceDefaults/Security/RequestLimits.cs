using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ontwikkelagenda.ServiceDefaults.Security;

/// <summary>
/// The largest request body each HTTP service reads; Kestrel answers a larger one with 413 (problem+json in the NL APIs).
/// Header and URL limits stay at Kestrel's defaults (32 kB of headers, 100 headers, an 8 kB request line), which already
/// hold an access token and every query the APIs take.
/// </summary>
public static class RequestLimits
{
    /// <summary>
    /// Every service's default: the read APIs (Agenda.Api) take only GETs and health and metrics no body at all, so anything
    /// larger than a small JSON document is a mistake or an attack. A service that needs more sets its own figure once.
    /// </summary>
    public const long DefaultMaxBodyBytes = 64 * 1024;

    /// <summary>Sets the body limit for this service; the last call wins, so a service's own figure overrides the default.</summary>
    public static TBuilder LimitRequestBody<TBuilder>(this TBuilder builder, long maxBodyBytes) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestBodySize = maxBodyBytes);
        return builder;
    }
}

using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace Ontwikkelagenda.ServiceDefaults.Security;

/// <summary>
/// Requests per remote IP address in a one-minute fixed window, and the answer when there are more: 429 with
/// <c>Retry-After</c> and a Dutch problem+json.
/// </summary>
public static class PerIpRateLimit
{
    public static RateLimitPartition<string> PerMinute(HttpContext context, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "onbekend",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });

    /// <summary>For <see cref="RateLimiterOptions.OnRejected"/>.</summary>
    public static async ValueTask TooManyRequests(OnRejectedContext rejected, CancellationToken _)
    {
        var context = rejected.HttpContext;
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        await Results.Problem(
            "Te veel verzoeken vanaf dit adres in korte tijd. Wacht een minuut en probeer het opnieuw.",
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Te veel verzoeken").ExecuteAsync(context);
    }
}

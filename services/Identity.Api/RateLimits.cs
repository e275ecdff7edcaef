using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Identity.Api;

/// <summary>Login posts and token requests per remote IP per minute; more get 429 with a Dutch problem+json.</summary>
public static class RateLimits
{
    public const string Login = "inloggen";
    public const string Token = "token";

    public static IServiceCollection AddIdentityRateLimits(this IServiceCollection services, IdentiteitOptions options) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(Login, context => PerIp(context, options.LoginPostsPerMinute));
            limiter.AddPolicy(Token, context => PerIp(context, options.TokenRequestsPerMinute));
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var context = rejected.HttpContext;
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                await Results.Problem(
                    "Te veel verzoeken vanaf dit adres in korte tijd. Wacht een minuut en probeer het opnieuw.",
                    statusCode: StatusCodes.Status429TooManyRequests,
                    title: "Te veel verzoeken").ExecuteAsync(context);
            };
        });

    private static RateLimitPartition<string> PerIp(HttpContext context, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "onbekend",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}

using Ontwikkelagenda.ServiceDefaults.Security;

namespace Identity.Api;

/// <summary>Login posts and token requests per remote IP per minute; more get 429 with a Dutch problem+json.</summary>
public static class RateLimits
{
    public const string Login = "inloggen";
    public const string Token = "token";

    public static IServiceCollection AddIdentityRateLimits(this IServiceCollection services, IdentiteitOptions options) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(Login, context => PerIpRateLimit.PerMinute(context, options.LoginPostsPerMinute));
            limiter.AddPolicy(Token, context => PerIpRateLimit.PerMinute(context, options.TokenRequestsPerMinute));
            limiter.OnRejected = PerIpRateLimit.TooManyRequests;
        });
}

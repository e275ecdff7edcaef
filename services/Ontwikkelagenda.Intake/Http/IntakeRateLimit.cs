using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Ontwikkelagenda.ServiceDefaults.Security;

namespace Ontwikkelagenda.Intake.Http;

/// <summary>
/// Every POST of an intake (meldingen, corrections, withdrawals, upload checks) counts against
/// <see cref="IntakeOptions.PostsPerMinuutPerAdres"/> for its remote IP; reads are not limited. More get 429 with
/// Retry-After before the body is read, so a refused melding changes nothing. Per IP for now: once the intakes take
/// tokens (issue 11, point 2), the partition becomes the caller's organisation, so one municipality's script cannot
/// use up another's allowance behind a shared proxy.
/// </summary>
public static class IntakeRateLimit
{
    private const string Lezen = "lezen";

    public static IServiceCollection AddIntakeRateLimit(this IServiceCollection services) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                HttpMethods.IsPost(context.Request.Method)
                    ? PerIpRateLimit.PerMinute(context, Limiet(context))
                    : RateLimitPartition.GetNoLimiter(Lezen));
            limiter.OnRejected = PerIpRateLimit.TooManyRequests;
        });

    // Read per request: the partition's limiter is made once per address, so this costs a lookup only then.
    private static int Limiet(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<IntakeOptions>>().Value.PostsPerMinuutPerAdres;
}

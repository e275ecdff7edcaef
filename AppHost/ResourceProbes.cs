using System.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ontwikkelagenda.AppHost;

public static class ResourceProbes
{
    /// <summary>How often a probe asks again while its resource is not ready.</summary>
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    /// <summary>How long one health check keeps asking before it reports "not yet" (Aspire's longest pause between checks).</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Healthy once <paramref name="probe"/> answers true: a server that merely runs is not yet one that accepts work,
    /// and <c>WaitFor</c> on an executable alone waits only for "running". Aspire checks a resource that is not healthy
    /// after 1, 2, 3, 4, then every 5 s, so a resource ready just after a check would wait up to 5 s for the next one,
    /// and every link of the start-up chain would pay that. The check therefore asks every 200 ms for up to 5 s itself.
    /// </summary>
    public static IResourceBuilder<T> WithProbe<T>(this IResourceBuilder<T> builder, Func<CancellationToken, Task<bool>> probe, string notYet)
        where T : IResource
    {
        var name = $"{builder.Resource.Name}-probe";
        builder.ApplicationBuilder.Services.AddHealthChecks().AddAsyncCheck(name, async cancellationToken =>
            await PatientlyAsync(probe, cancellationToken) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy(notYet));
        return builder.WithHealthCheck(name);
    }

    private static async Task<bool> PatientlyAsync(Func<CancellationToken, Task<bool>> probe, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (!await probe(cancellationToken))
        {
            if (clock.Elapsed + Interval > Patience) return false;
            await Task.Delay(Interval, cancellationToken);
        }

        return true;
    }
}

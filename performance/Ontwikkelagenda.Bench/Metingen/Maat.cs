using System.Diagnostics;

namespace Ontwikkelagenda.Bench.Metingen;

/// <summary>
/// A steady pace: hands out one time slot per request, <c>1 / perSeconde</c> apart, and lets each request wait for
/// its slot. An idle spell is not made up with a burst afterwards.
/// </summary>
public sealed class Maat(double perSeconde)
{
    private readonly long interval = (long)(Stopwatch.Frequency / perSeconde);
    private readonly Lock slot = new();
    private long volgende = Stopwatch.GetTimestamp();

    public Task Wacht(CancellationToken cancellationToken)
    {
        var nu = Stopwatch.GetTimestamp();
        long mijnSlot;
        lock (slot)
        {
            mijnSlot = Math.Max(volgende, nu);
            volgende = mijnSlot + interval;
        }
        var wachten = Stopwatch.GetElapsedTime(nu, mijnSlot);
        return wachten > TimeSpan.Zero ? Task.Delay(wachten, cancellationToken) : Task.CompletedTask;
    }
}

/// <summary>Holds every request of an intake client to the slots of one <see cref="Maat"/>.</summary>
public sealed class GematigdVerzoek(Maat maat) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await maat.Wacht(cancellationToken);
        return await base.SendAsync(request, cancellationToken);
    }
}

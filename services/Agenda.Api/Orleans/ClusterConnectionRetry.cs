using Orleans;

namespace Agenda.Api.Orleans;

/// <summary>
/// The silos may start after this API (or restart): keep trying to reach the cluster, and say so
/// in the log, so a wrong Redis address or a missing silo is visible instead of a silent wait.
/// </summary>
public sealed class ClusterConnectionRetry(ILogger<ClusterConnectionRetry> logger) : IClientConnectionRetryFilter
{
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(2);
    private int _attempts;

    public async Task<bool> ShouldRetryConnectionAttempt(Exception exception, CancellationToken cancellationToken)
    {
        var attempt = Interlocked.Increment(ref _attempts);
        logger.LogWarning("Orleans-cluster nog niet bereikbaar (poging {Attempt}: {Reason}); draait er een Agenda.Silo en klopt ConnectionStrings:redis? Nieuwe poging over {Pause} s.",
            attempt, exception.Message, Pause.TotalSeconds);
        await Task.Delay(Pause, cancellationToken);
        return true;
    }
}

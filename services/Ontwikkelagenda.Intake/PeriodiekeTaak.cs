using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Ontwikkelagenda.Intake;

/// <summary>
/// A background job of an intake service: one run at start, then one every <see cref="Interval"/> on the service's
/// clock. A run that cannot reach the database (or times out) is logged and the next tick tries again; the job keeps
/// no memory between runs, so a missed run is made up by the next.
/// </summary>
public abstract class PeriodiekeTaak(TimeProvider time, ILogger logger) : BackgroundService
{
    /// <summary>The service's clock, which also drives the interval (tests set it).</summary>
    protected TimeProvider Time { get; } = time;

    protected ILogger Logger { get; } = logger;

    protected abstract TimeSpan Interval { get; }

    /// <summary>What was not done when a run fails, in Dutch, for the log ("Outbox niet gelezen").</summary>
    protected abstract string NietGedaan { get; }

    /// <summary>One run.</summary>
    protected abstract Task Voer(CancellationToken cancellationToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, Time);
        do
        {
            try
            {
                await Voer(stoppingToken);
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
            {
                Logger.LogWarning(exception, "{NietGedaan}; volgende poging over {Interval}", NietGedaan, Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

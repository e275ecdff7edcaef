using Agenda.Api.Client;
using Agenda.Contracts.Grains;

namespace Agenda.Api.Live;

/// <summary>
/// Keeps this process subscribed to the silo's changes: subscribes at start, renews every <see cref="Vernieuwen"/>
/// (a subscription lapses after 30 s without), and subscribes again after the cluster was out of reach. Changes
/// missed in between are unknown, so after an interruption it says "anything may have changed".
/// </summary>
public sealed class WijzigingenAbonnement(IClusterClient client, WijzigingenOmroep omroep, ILogger<WijzigingenAbonnement> logger) : BackgroundService
{
    /// <summary>Well within the grain's expiry of 30 s, so one lost renewal does not end the subscription.</summary>
    public static readonly TimeSpan Vernieuwen = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan Herproberen = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Orleans holds observers weakly: kept alive to the end of this method (GC.KeepAlive below).
        var ontvanger = new WijzigingenOntvanger(omroep);
        var observer = client.CreateObjectReference<IWijzigingenObserver>(ontvanger);
        var grain = client.GetGrain<IWijzigingenGrain>(IWijzigingenGrain.Key);
        var onderbroken = false;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await grain.Abonneer(observer).WaitAsync(stoppingToken);
                    if (onderbroken)
                    {
                        logger.LogInformation("Weer geabonneerd op de wijzigingen van de silo");
                        omroep.Publiceer(Wijzigingen.Alles);
                        onderbroken = false;
                    }
                    await Task.Delay(Vernieuwen, stoppingToken);
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    // Logged once per outage; the cache keeps nothing it may not hear about.
                    if (!onderbroken) logger.LogWarning(exception, "Abonnement op de wijzigingen van de silo onderbroken; nieuwe poging elke {Pauze} s", Herproberen.TotalSeconds);
                    onderbroken = true;
                    omroep.Publiceer(Wijzigingen.Alles);
                    await Task.Delay(Herproberen, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
        finally
        {
            await OpzeggenAsync(grain, observer);
            GC.KeepAlive(ontvanger);
        }
    }

    private async Task OpzeggenAsync(IWijzigingenGrain grain, IWijzigingenObserver observer)
    {
        try
        {
            await grain.Opzeggen(observer).WaitAsync(TimeSpan.FromSeconds(2));
        }
        catch (Exception exception) when (exception is OrleansException or TimeoutException or OperationCanceledException)
        {
            // The silo may be gone first; the subscription lapses by itself.
            logger.LogDebug(exception, "Opzeggen van het wijzigingenabonnement lukte niet");
        }
        client.DeleteObjectReference<IWijzigingenObserver>(observer);
    }
}

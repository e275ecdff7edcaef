using Agenda.Contracts.Grains;
using Orleans.Utilities;

namespace Agenda.Silo.Grains;

/// <summary>
/// Collects the scopes that changed and passes them on to every subscriber (Agenda.Api) a little later, so a burst of
/// events is one notification. A subscription lapses after <see cref="Verlooptijd"/> unless renewed: a subscriber that
/// went away without saying so is forgotten.
/// </summary>
public sealed class WijzigingenGrain(ILogger<WijzigingenGrain> logger) : Grain, IWijzigingenGrain
{
    /// <summary>How long a subscription lasts without renewal; subscribers renew at about half of it.</summary>
    public static readonly TimeSpan Verlooptijd = TimeSpan.FromSeconds(30);

    /// <summary>How long changes are gathered before they are passed on: a burst is one notification.</summary>
    public static readonly TimeSpan Bundeltijd = TimeSpan.FromMilliseconds(150);

    private readonly ObserverManager<IWijzigingenObserver> abonnees = new(Verlooptijd, logger);
    private readonly HashSet<string> gewijzigd = new(StringComparer.Ordinal);
    private IGrainTimer? bundel;

    public Task Gewijzigd(string scope)
    {
        gewijzigd.Add(scope);
        // The first change of a burst sets the one timer that passes the whole burst on.
        bundel ??= this.RegisterGrainTimer(GeefDoorAsync, new GrainTimerCreationOptions(Bundeltijd, Timeout.InfiniteTimeSpan));
        return Task.CompletedTask;
    }

    public Task Abonneer(IWijzigingenObserver observer)
    {
        abonnees.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task Opzeggen(IWijzigingenObserver observer)
    {
        abonnees.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    private Task GeefDoorAsync(CancellationToken cancellationToken)
    {
        bundel?.Dispose();
        bundel = null;
        IReadOnlyList<string> scopes = [.. gewijzigd];
        gewijzigd.Clear();
        // One-way calls: a slow or vanished subscriber holds up nobody.
        abonnees.Notify(observer => observer.Gewijzigd(scopes));
        return Task.CompletedTask;
    }
}

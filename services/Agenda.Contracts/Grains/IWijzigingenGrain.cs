using Orleans.Concurrency;

namespace Agenda.Contracts.Grains;

/// <summary>
/// Tells who listens (Agenda.Api) which scopes changed, so nobody has to poll. A scope grain reports each version
/// change here; the grain passes the changed scopes on to every subscribed observer. Key <see cref="Key"/>.
/// </summary>
public interface IWijzigingenGrain : IGrainWithIntegerKey
{
    const long Key = 0;

    /// <summary>A scope (<c>gemeente:GM1730</c>, as its routing key) now holds a new version of its facts.</summary>
    [OneWay]
    Task Gewijzigd(string scope);

    /// <summary>Subscribes, or renews a subscription; a subscription not renewed lapses after a while.</summary>
    Task Abonneer(IWijzigingenObserver observer);

    Task Opzeggen(IWijzigingenObserver observer);
}

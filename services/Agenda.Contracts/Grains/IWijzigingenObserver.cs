using Orleans.Concurrency;

namespace Agenda.Contracts.Grains;

/// <summary>Hears which scopes changed (their routing keys), a few at a time.</summary>
public interface IWijzigingenObserver : IGrainObserver
{
    [OneWay]
    Task Gewijzigd(IReadOnlyList<string> scopes);
}

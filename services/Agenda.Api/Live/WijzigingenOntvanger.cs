using Agenda.Api.Client;
using Agenda.Contracts.Grains;

namespace Agenda.Api.Live;

/// <summary>The observer the silo's <see cref="IWijzigingenGrain"/> calls: what it hears goes to the <see cref="WijzigingenOmroep"/>.</summary>
public sealed class WijzigingenOntvanger(WijzigingenOmroep omroep) : IWijzigingenObserver
{
    public Task Gewijzigd(IReadOnlyList<string> scopes)
    {
        omroep.Publiceer(new Wijzigingen(scopes));
        return Task.CompletedTask;
    }
}

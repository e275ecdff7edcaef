using Ontwikkelagenda.Agenda.Silo.Referentie;
using Ontwikkelagenda.Contracts.Grains;
using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.Agenda.Silo.Messaging;

/// <summary>The grains a thuiszitter case concerns, by the routing rules of <see cref="ThuiszitterRoute"/>.</summary>
public sealed class ThuiszitterScopeGrains(IGrainFactory grains, Referentiedata referentiedata)
{
    public IEnumerable<IThuiszitterScopeGrain> Concerning(GemeenteCode gemeente, Brin? brin)
    {
        var route = referentiedata.RouteFor(gemeente, brin);
        yield return grains.GetGrain<IGemeenteGrain>(route.Gemeente);
        if (route.Regio) yield return grains.GetGrain<IRegioGrain>(IRegioGrain.Key);
        if (route.Brin is not null) yield return grains.GetGrain<ISchoolGrain>(route.Brin);
        if (route.Swv is not null) yield return grains.GetGrain<ISwvGrain>(route.Swv);
    }
}

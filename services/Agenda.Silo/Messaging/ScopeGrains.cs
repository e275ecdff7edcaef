using Agenda.Domein;
using Agenda.Contracts.Grains;

namespace Agenda.Silo.Messaging;

/// <summary>The grain that holds a scope.</summary>
public static class ScopeGrains
{
    public static IScopeGrain GrainOf(this IGrainFactory grains, Scope scope) => scope.Soort switch
    {
        ScopeSoort.School => grains.GetGrain<ISchoolGrain>(scope.Sleutel),
        ScopeSoort.Swv => grains.GetGrain<ISwvGrain>(scope.Sleutel),
        ScopeSoort.Gemeente => grains.GetGrain<IGemeenteGrain>(scope.Sleutel),
        ScopeSoort.Regio => grains.GetGrain<IRegioGrain>(scope.Sleutel),
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, "Onbekende scope."),
    };
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Agenda.Contracts.Grains;
using Ontwikkelagenda.Contracts.Kpis;
using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.IntegrationTests;

/// <summary>The KPIs of a scope, asked of an in-process silo the way Agenda.Api asks its grains.</summary>
public static class SiloGrains
{
    public static IGrainFactory Grains(this IHost silo) => silo.Services.GetRequiredService<IGrainFactory>();

    public static Task<ScopeCijfers> Gemeente(this IHost silo, GemeenteCode gemeente, DateOnly peildatum) =>
        silo.Grains().GetGrain<IGemeenteGrain>(gemeente.Value).GetKpis(peildatum);

    public static Task<ScopeCijfers> School(this IHost silo, string brin, DateOnly peildatum) =>
        silo.Grains().GetGrain<ISchoolGrain>(brin).GetKpis(peildatum);

    public static Task<ScopeCijfers> Swv(this IHost silo, string swv, DateOnly peildatum) =>
        silo.Grains().GetGrain<ISwvGrain>(swv).GetKpis(peildatum);

    public static Task<ScopeCijfers> Regio(this IHost silo, DateOnly peildatum) =>
        silo.Grains().GetGrain<IRegioGrain>(IRegioGrain.Key).GetKpis(peildatum);
}

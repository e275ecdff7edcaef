using Microsoft.Extensions.DependencyInjection;
using Agenda.Contracts.Grains;
using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.IntegrationTests;

/// <summary>Several silos with membership in Redis form one Orleans cluster.</summary>
public sealed class ClusterTests(ServersFixture servers)
{
    [Fact]
    public async Task TwoSilosShareOneClusterAndSeeTheSameGrains()
    {
        await using var environment = new SiloEnvironment(servers);
        var first = await environment.StartSiloAsync();
        var second = await environment.StartSiloAsync();

        var management = first.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);
        var active = await Eventually.Equal(2, async () => (await management.GetHosts(onlyActive: true)).Count);
        Assert.Equal(2, active);

        await using var bus = await TestBus.StartAsync(servers.RabbitMq.ConnectionString);
        await bus.Publish(Cases.Gemeld(RegioGemeenten.Tynaarlo, new DateOnly(2026, 2, 1)));
        // Whichever silo consumed it and wherever the grain lives, both silos answer the same figure.
        foreach (var silo in new[] { first, second })
        {
            await Eventually.Equal(1, async () => (await silo.Services.GetRequiredService<IGrainFactory>()
                .GetGrain<IGemeenteGrain>(RegioGemeenten.Tynaarlo.Value).GetKpis(Cases.Peildatum)).Thuiszitters.Open);
        }
    }
}

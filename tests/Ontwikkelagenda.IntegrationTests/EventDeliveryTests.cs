using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Agenda.Silo.EventStore;
using Agenda.Silo.Grains;
using Agenda.Contracts.Grains;
using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.IntegrationTests;

/// <summary>Nothing lost, nothing doubled: events over the real broker into the real event store and grains.</summary>
public sealed class EventDeliveryTests(ServersFixture servers)
{
    private static readonly DateOnly Start = new(2026, 1, 15);

    [Fact]
    public async Task AnEventPublishedTwiceIsStoredOnceAndCountsOnce()
    {
        await using var environment = new SiloEnvironment(servers);
        var silo = await environment.StartSiloAsync();
        await using var bus = await TestBus.StartAsync(servers.RabbitMq.ConnectionString);
        var gemeld = Cases.Gemeld(RegioGemeenten.Tynaarlo, Start);

        await bus.Publish(gemeld);
        await bus.Publish(gemeld);

        await Eventually.Equal(1, () => OpenIn(silo, RegioGemeenten.Tynaarlo));
        // Let the second copy be consumed too before judging that it changed nothing.
        await Eventually.Equal(2, () => Task.FromResult(Consumed(silo).Completed(gemeld.EventId)));
        Assert.Equal(1, await OpenIn(silo, RegioGemeenten.Tynaarlo));
        Assert.Equal(1, await OpenInRegion(silo));
        Assert.Equal(1, await StoredCopies(environment, gemeld.EventId));
    }

    [Fact]
    public async Task AMessageRedeliveredAfterTheConsumerCrashedBetweenStoringAndApplyingCountsOnce()
    {
        await using var environment = new SiloEnvironment(servers);
        var silo = await environment.StartSiloAsync(services =>
        {
            services.RemoveAll<IEventStore>();
            services.AddSingleton<PostgresEventStore>();
            services.AddSingleton<IEventStore, CrashAfterStoringOnce>();
        });
        await using var bus = await TestBus.StartAsync(servers.RabbitMq.ConnectionString);
        Assert.Equal(0, await OpenIn(silo, RegioGemeenten.Assen)); // the grain is active before the event exists
        var gemeld = Cases.Gemeld(RegioGemeenten.Assen, Start);

        await bus.Publish(gemeld);

        await Eventually.Equal(1, () => OpenIn(silo, RegioGemeenten.Assen));
        await Eventually.Equal(1, () => Task.FromResult(Consumed(silo).Completed(gemeld.EventId)));
        Assert.Equal(1, await OpenIn(silo, RegioGemeenten.Assen));
        Assert.Equal(1, await StoredCopies(environment, gemeld.EventId));
    }

    [Fact]
    public async Task AnEventStoredJustBeforeASiloCrashReachesTheGrainsAndItsRedeliveryDoesNotCountAgain()
    {
        await using var environment = new SiloEnvironment(servers);
        var crashed = await environment.StartSiloAsync();
        Assert.Equal(0, await OpenIn(crashed, RegioGemeenten.AaEnHunze));
        var gemeld = Cases.Gemeld(RegioGemeenten.AaEnHunze, Start);
        // The consumer on the crashed silo got as far as the store; no grain heard of it, no ack was sent.
        Assert.NotEmpty((await crashed.Services.GetRequiredService<IEventStore>().Append(gemeld, TestContext.Current.CancellationToken)).Scopes);
        await environment.StopSiloAsync(crashed);

        var survivor = await environment.StartSiloAsync();
        Assert.Equal(1, await OpenIn(survivor, RegioGemeenten.AaEnHunze));

        // The broker now redelivers the unacknowledged message.
        await using var bus = await TestBus.StartAsync(servers.RabbitMq.ConnectionString);
        await bus.Publish(gemeld);
        await Eventually.Equal(1, () => Task.FromResult(Consumed(survivor).Completed(gemeld.EventId)));
        Assert.Equal(1, await OpenIn(survivor, RegioGemeenten.AaEnHunze));
        Assert.Equal(1, await OpenInRegion(survivor));
    }

    [Fact]
    public async Task AnEventStoredButNeverAppliedToAnActiveGrainCountsOnceTheCatchUpIntervalPassed()
    {
        await using var environment = new SiloEnvironment(servers);
        var silo = await environment.StartSiloAsync();
        Assert.Equal(0, await OpenIn(silo, RegioGemeenten.Tynaarlo)); // active, and it will not be told
        var gemeld = Cases.Gemeld(RegioGemeenten.Tynaarlo, Start);

        // Stored by a consumer whose apply never reached this activation (a retry that ended in the error queue,
        // or a duplicate activation during a cluster change).
        Assert.NotEmpty((await silo.Services.GetRequiredService<IEventStore>().Append(gemeld, TestContext.Current.CancellationToken)).Scopes);

        // Reads within the catch-up interval (ScopeGrains:Bijwerkinterval) are served from memory; the first after it looks.
        await Eventually.Equal(1, () => OpenIn(silo, RegioGemeenten.Tynaarlo));
        await Eventually.Equal(1, () => OpenInRegion(silo));
        await Task.Delay(new ScopeGrainOptions().Bijwerkinterval * 2, TestContext.Current.CancellationToken);
        Assert.Equal(1, await OpenIn(silo, RegioGemeenten.Tynaarlo)); // the next catch-up does not count it again
    }

    [Fact]
    public async Task ReadsOfAGrainThatIsCurrentMakeNoCatchUpQueryWithinTheInterval()
    {
        await using var environment = new SiloEnvironment(servers);
        var silo = await environment.StartSiloAsync(services =>
        {
            EventStoreCounted.InPlaceOfTheStore(services);
            services.Configure<ScopeGrainOptions>(options => options.Bijwerkinterval = TimeSpan.FromHours(1));
        });
        await using var bus = await TestBus.StartAsync(servers.RabbitMq.ConnectionString);

        await bus.Publish(Cases.Gemeld(RegioGemeenten.Assen, Start));
        await Eventually.Equal(1, () => OpenIn(silo, RegioGemeenten.Assen));
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(1, await OpenIn(silo, RegioGemeenten.Assen));
            Assert.Equal(1, await OpenInRegion(silo));
        }

        Assert.Equal(0, silo.Services.GetRequiredService<EventStoreCounted>().CatchUps);
    }

    [Fact]
    public async Task ANewRegionReportReachesTheGoalsOfAnActiveMunicipalityWithoutACatchUp()
    {
        await using var environment = new SiloEnvironment(servers);
        var silo = await environment.StartSiloAsync(services =>
            services.Configure<ScopeGrainOptions>(options => options.Bijwerkinterval = TimeSpan.FromHours(1)));
        await using var bus = await TestBus.StartAsync(servers.RabbitMq.ConnectionString);
        Assert.Null(await Doel5Rapport(silo)); // active, following the region's reports

        await bus.Publish(Cases.Voortgang(5, DoelStatus.Achter, Start));

        // With an hour between catch-ups only the region telling its followers can bring it.
        await Eventually.Equal<DoelStatus?>(DoelStatus.Achter, () => Doel5Rapport(silo));
    }

    [Fact]
    public async Task GrainStateSurvivesASiloRestart()
    {
        await using var environment = new SiloEnvironment(servers);
        var silo = await environment.StartSiloAsync();
        await using var bus = await TestBus.StartAsync(servers.RabbitMq.ConnectionString);
        await bus.Publish(Cases.Gemeld(RegioGemeenten.MiddenDrenthe, Start));
        await bus.Publish(Cases.Gemeld(RegioGemeenten.MiddenDrenthe, Start.AddDays(30)));
        await Eventually.Equal(2, () => OpenIn(silo, RegioGemeenten.MiddenDrenthe));
        var before = await Grains(silo).GetGrain<IGemeenteGrain>(RegioGemeenten.MiddenDrenthe.Value).GetKpis(Cases.Peildatum);

        await environment.StopSiloAsync(silo);
        var restarted = await environment.StartSiloAsync();

        var after = await Grains(restarted).GetGrain<IGemeenteGrain>(RegioGemeenten.MiddenDrenthe.Value).GetKpis(Cases.Peildatum);
        // Records holding lists compare them by reference: compare the figures as the API would send them.
        Assert.Equal(JsonSerializer.Serialize(before), JsonSerializer.Serialize(after));
        Assert.Equal(2, after.Thuiszitters.Open);
    }

    private static async Task<DoelStatus?> Doel5Rapport(IHost silo) =>
        (await silo.Gemeente(RegioGemeenten.Tynaarlo, Cases.Peildatum)).Doelen.Single(d => d.Nummer == 5).RapportStatus;

    private static IGrainFactory Grains(IHost silo) => silo.Services.GetRequiredService<IGrainFactory>();

    private static async Task<int> OpenIn(IHost silo, GemeenteCode gemeente) => (await silo.Gemeente(gemeente, Cases.Peildatum)).Thuiszitters.Open;

    private static async Task<int> OpenInRegion(IHost silo) => (await silo.Regio(Cases.Peildatum)).Thuiszitters.Open;

    private static Task<int> StoredCopies(SiloEnvironment environment, Guid eventId) => environment.StoredCopies(eventId);

    private static ConsumedMessages Consumed(IHost silo) => silo.Services.GetRequiredService<ConsumedMessages>();
}

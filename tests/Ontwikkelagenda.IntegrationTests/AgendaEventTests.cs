using Agenda.Silo.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Agenda.Contracts.Grains;
using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.IntegrationTests;

/// <summary>Every kind of event over the real broker, into the event store, to the grains of every scope it concerns.</summary>
public sealed class AgendaEventTests(ServersFixture servers)
{
    private static readonly DateOnly Start = new(2026, 1, 15);

    [Fact]
    public async Task AContractOfTheSubregionCountsForAllFourMunicipalities()
    {
        await using var environment = new SiloEnvironment(servers);
        var silo = await environment.StartSiloAsync();
        await using var bus = await TestBus.StartAsync(servers.RabbitMq.ConnectionString);

        await bus.Publish(Cases.Contract(Contractant.Subregio, Start));

        foreach (var gemeente in RegioGemeenten.All)
        {
            await Eventually.Equal(1, async () => (await silo.Gemeente(gemeente, Cases.Peildatum)).Inkoop.AanbiedersOnderContract);
        }
    }

    [Fact]
    public async Task AContractOfOneMunicipalityCountsThereOnly()
    {
        await using var environment = new SiloEnvironment(servers);
        var silo = await environment.StartSiloAsync();
        await using var bus = await TestBus.StartAsync(servers.RabbitMq.ConnectionString);
        var contract = Cases.Contract(new Contractant(RegioGemeenten.Tynaarlo), Start);

        await bus.Publish(contract);

        await Eventually.Equal(1, async () => (await silo.Gemeente(RegioGemeenten.Tynaarlo, Cases.Peildatum)).Inkoop.AanbiedersOnderContract);
        Assert.Equal(0, (await silo.Gemeente(RegioGemeenten.Assen, Cases.Peildatum)).Inkoop.AanbiedersOnderContract ?? 0);
    }

    [Fact]
    public async Task ATrajectoryCountsAtItsSchoolItsSwvItsMunicipalityAndTheRegion()
    {
        await using var environment = new SiloEnvironment(servers);
        var silo = await environment.StartSiloAsync();
        await using var bus = await TestBus.StartAsync(servers.RabbitMq.ConnectionString);

        await bus.Publish(Cases.Traject(Cases.SchoolInAssen, Zwaarte.Licht, Start));

        await Eventually.Equal(1, async () => (await silo.School(Cases.SchoolInAssen, Cases.Peildatum)).Trajecten.Actief);
        await Eventually.Equal(1, async () => (await silo.Swv(Cases.SwvPo, Cases.Peildatum)).Trajecten.Actief);
        await Eventually.Equal(1, async () => (await silo.Gemeente(RegioGemeenten.Assen, Cases.Peildatum)).Trajecten.Actief);
        await Eventually.Equal(1, async () => (await silo.Regio(Cases.Peildatum)).Trajecten.Actief);
        Assert.Equal(0, (await silo.Gemeente(RegioGemeenten.Tynaarlo, Cases.Peildatum)).Trajecten.Actief);
    }

    [Fact]
    public async Task EndsAndFollowUpsWithoutRoutingFieldsReachTheScopesOfTheirEntity()
    {
        await using var environment = new SiloEnvironment(servers);
        var silo = await environment.StartSiloAsync();
        await using var bus = await TestBus.StartAsync(servers.RabbitMq.ConnectionString);
        var traject = Cases.Traject(Cases.SchoolInAssen, Zwaarte.Zwaar, Start);
        var verwijzing = Cases.EedVerwijzing(Cases.SchoolInAssen, Start);
        var casus = Cases.ComplexeCasus(RegioGemeenten.Assen, Cases.SchoolInAssen, Start);
        await bus.Publish(traject);
        await bus.Publish(verwijzing);
        await bus.Publish(casus);
        await Eventually.Equal(1, async () => (await silo.School(Cases.SchoolInAssen, Cases.Peildatum)).Trajecten.Actief);
        await Eventually.Equal(1, async () => (await silo.Gemeente(RegioGemeenten.Assen, Cases.Peildatum)).Eed.Wachtend);
        await Eventually.Equal(1, async () => (await silo.Gemeente(RegioGemeenten.Assen, Cases.Peildatum)).Regie.OpenCasussen);

        await bus.Publish(Cases.TrajectBeeindigd(traject, Start.AddDays(10)));
        await bus.Publish(Cases.EedBehandeling(verwijzing, Start.AddDays(20)));
        await bus.Publish(Cases.Casusregisseur(casus, Start.AddDays(5)));

        await Eventually.Equal(0, async () => (await silo.School(Cases.SchoolInAssen, Cases.Peildatum)).Trajecten.Actief);
        await Eventually.Equal(1, async () => (await silo.School(Cases.SchoolInAssen, Cases.Peildatum)).Eed.Gestart);
        await Eventually.Equal(1, async () => (await silo.Regio(Cases.Peildatum)).Regie.MetCasusregisseur);

        await bus.Publish(Cases.CasusAfgesloten(casus, Start.AddDays(30)));
        await Eventually.Equal(0, async () => (await silo.Gemeente(RegioGemeenten.Assen, Cases.Peildatum)).Regie.OpenCasussen);
    }

    [Fact]
    public async Task AGoalReportReachesTheRegionAndEveryScopeSeesIt()
    {
        await using var environment = new SiloEnvironment(servers);
        var silo = await environment.StartSiloAsync();
        await using var bus = await TestBus.StartAsync(servers.RabbitMq.ConnectionString);
        var rapport = Cases.Voortgang(2, DoelStatus.AandachtNodig, Start);

        await bus.Publish(Cases.Aanbieder());
        await bus.Publish(rapport);

        var regio = silo.Grains().GetGrain<IRegioGrain>(IRegioGrain.Key);
        await Eventually.Equal(1, async () => (await regio.GetVoortgangsrapporten()).Count);
        Assert.Equal(rapport.RapportId, (await regio.GetVoortgangsrapporten())[0].RapportId);
        Assert.Equal(1, await environment.StoredCopies(rapport.EventId));
    }

    [Fact]
    public async Task ATransferCountsTheCaseForTheOldMunicipalityBeforeAndTheNewOneFromItsDate()
    {
        await using var environment = new SiloEnvironment(servers);
        var silo = await environment.StartSiloAsync();
        await using var bus = await TestBus.StartAsync(servers.RabbitMq.ConnectionString);
        var voor = new DateOnly(2026, 3, 1);
        var overdracht = new DateOnly(2026, 4, 1);
        var na = new DateOnly(2026, 5, 1);
        var gemeld = Cases.Gemeld(RegioGemeenten.Tynaarlo, Start);
        await bus.Publish(gemeld);
        await Eventually.Equal(1, async () => (await silo.Gemeente(RegioGemeenten.Tynaarlo, voor)).Thuiszitters.Open);
        Assert.Equal(0, (await silo.Gemeente(RegioGemeenten.Assen, na)).Thuiszitters.Open); // Assen's grain is active before the transfer

        var overgedragen = Cases.Overgedragen(gemeld, RegioGemeenten.Assen, overdracht);
        await bus.Publish(overgedragen);
        await Eventually.Equal(1, () => Task.FromResult(silo.Services.GetRequiredService<ConsumedMessages>().Completed(overgedragen.EventId)));

        await AssertTransferred(silo);
        // The report itself now carries Assen too: a grain activated after the transfer loads it from the store.
        Assert.All(await environment.StoredRows(gemeld.ZaakId), row => Assert.Contains("gemeente:GM0106", row.Scopes));
        await environment.StopSiloAsync(silo);
        var restarted = await environment.StartSiloAsync();
        await AssertTransferred(restarted);

        async Task AssertTransferred(IHost host)
        {
            Assert.Equal(1, (await host.Gemeente(RegioGemeenten.Tynaarlo, voor)).Thuiszitters.Open);
            Assert.Equal(0, (await host.Gemeente(RegioGemeenten.Tynaarlo, na)).Thuiszitters.Open);
            Assert.Equal(0, (await host.Gemeente(RegioGemeenten.Assen, voor)).Thuiszitters.Open);
            Assert.Equal(1, (await host.Gemeente(RegioGemeenten.Assen, na)).Thuiszitters.Open);
            Assert.Equal(1, (await host.Regio(na)).Thuiszitters.Open);
        }
    }

    [Fact]
    public async Task ACorrectionChangesTheKpiAndTheStoreKeepsBothMeldingen()
    {
        await using var environment = new SiloEnvironment(servers);
        var silo = await environment.StartSiloAsync();
        await using var bus = await TestBus.StartAsync(servers.RabbitMq.ConnectionString);
        var traject = Cases.Traject(Cases.SchoolInAssen, Zwaarte.Licht, Start);
        await bus.Publish(traject);
        await Eventually.Equal(1, async () => (await silo.School(Cases.SchoolInAssen, Cases.Peildatum)).Trajecten.Licht);

        await bus.Publish(traject with { EventId = Guid.NewGuid(), Zwaarte = Zwaarte.Zwaar, Corrigeert = traject.EventId });

        await Eventually.Equal(1, async () => (await silo.School(Cases.SchoolInAssen, Cases.Peildatum)).Trajecten.Zwaar);
        var kpis = (await silo.Regio(Cases.Peildatum)).Trajecten;
        Assert.Equal((1, 0, 1), (kpis.Actief, kpis.Licht, kpis.Zwaar));
        Assert.Equal(2, (await environment.StoredRows(traject.TrajectId)).Count);
    }

    [Fact]
    public async Task AWithdrawalStopsTheCaseCountingAndTheStoreKeepsBothMeldingen()
    {
        await using var environment = new SiloEnvironment(servers);
        var silo = await environment.StartSiloAsync();
        await using var bus = await TestBus.StartAsync(servers.RabbitMq.ConnectionString);
        var gemeld = Cases.Gemeld(RegioGemeenten.MiddenDrenthe, Start);
        await bus.Publish(gemeld);
        await Eventually.Equal(1, async () => (await silo.Gemeente(RegioGemeenten.MiddenDrenthe, Cases.Peildatum)).Thuiszitters.Open);

        await bus.Publish(Cases.Ingetrokken(gemeld.ZaakId, gemeld.EventId));

        await Eventually.Equal(0, async () => (await silo.Gemeente(RegioGemeenten.MiddenDrenthe, Cases.Peildatum)).Thuiszitters.Open);
        Assert.Equal(0, (await silo.Regio(Cases.Peildatum)).Thuiszitters.Open);
        Assert.Equal(2, (await environment.StoredRows(gemeld.ZaakId)).Count);
    }

    [Fact]
    public async Task AContractEndThatOvertakesItsContractIsRetriedUntilTheContractIsThereAndThenApplied()
    {
        await using var environment = new SiloEnvironment(servers);
        var silo = await environment.StartSiloAsync(EventStoreCounted.InPlaceOfTheStore);
        var consumed = silo.Services.GetRequiredService<ConsumedMessages>();
        var store = silo.Services.GetRequiredService<EventStoreCounted>();
        await using var bus = await TestBus.StartAsync(servers.RabbitMq.ConnectionString);
        var contract = Cases.Contract(new Contractant(RegioGemeenten.AaEnHunze), Start);
        var einde = Cases.ContractBeeindigd(contract, new DateOnly(2026, 3, 1));

        await bus.Publish(einde);
        // Refused twice: the store did not know the contract yet, and the message was retried.
        await Eventually.Equal(true, () => Task.FromResult(store.Refused(einde.EventId) >= 2));
        Assert.Equal(0, consumed.Completed(einde.EventId));
        Assert.Equal(0, await environment.StoredCopies(einde.EventId));
        await bus.Publish(contract);

        await Eventually.Equal(1, () => Task.FromResult(consumed.Completed(einde.EventId)));
        // Operators see the retries on the event-flow dashboard.
        Assert.True(silo.Services.GetRequiredService<AgendaMetrics>().Total("retried", nameof(Ontwikkelagenda.Contracts.Events.ContractBeeindigd)) >= 1);
        Assert.Equal(1, (await silo.Gemeente(RegioGemeenten.AaEnHunze, new DateOnly(2026, 2, 1))).Inkoop.AanbiedersOnderContract);
        Assert.Equal(0, (await silo.Gemeente(RegioGemeenten.AaEnHunze, Cases.Peildatum)).Inkoop.AanbiedersOnderContract ?? 0);
    }

    [Fact]
    public async Task ADeadlineEventIsStoredOnceAndAppliedToTheScopesOfItsCase()
    {
        await using var environment = new SiloEnvironment(servers);
        var silo = await environment.StartSiloAsync();
        var consumed = silo.Services.GetRequiredService<ConsumedMessages>();
        await using var bus = await TestBus.StartAsync(servers.RabbitMq.ConnectionString);
        var gemeld = Cases.Gemeld(RegioGemeenten.Assen, Start, Cases.SchoolInAssen);
        var termijn = Cases.TermijnOverschreden(gemeld);
        await bus.Publish(gemeld);

        await bus.Publish(termijn);
        await bus.Publish(termijn);

        await Eventually.Equal(2, () => Task.FromResult(consumed.Completed(termijn.EventId)));
        Assert.Equal(1, await environment.StoredCopies(termijn.EventId));
        var rows = await environment.StoredRows(gemeld.ZaakId);
        Assert.Equal([gemeld.EventId, termijn.EventId], rows.Select(r => r.EventId));
        Assert.Equal(["gemeente:GM0106", "regio:22.01", "school:19SL", "swv:PO2201"], rows[1].Scopes.Order());
        var kpis = (await silo.School(Cases.SchoolInAssen, Cases.Peildatum)).Thuiszitters;
        Assert.Equal((1, 1), (kpis.Open, kpis.LangerDanDrieMaanden));
    }
}

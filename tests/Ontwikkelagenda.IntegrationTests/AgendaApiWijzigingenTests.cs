using System.Net.ServerSentEvents;
using System.Text.Json;
using Agenda.Api.Client;
using Agenda.Contracts.Grains;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.TestSupport;
using Refit;

namespace Ontwikkelagenda.IntegrationTests;

/// <summary>GET /v1/wijzigingen streams what the silo applies, and the regio-overzicht's cache hears the same changes.</summary>
public sealed class AgendaApiWijzigingenTests(ServersFixture servers)
{
    private static readonly TimeSpan Wachttijd = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task AnAppliedMeldingIsStreamedAsTheScopesItChanged()
    {
        await using var environment = new SiloEnvironment(servers);
        await environment.StartSiloAsync();
        await using var api = new AgendaApiFactory(servers, environment);
        await using var bus = await TestBus.StartAsync(servers.RabbitMq.ConnectionString);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        await using var stroom = WijzigingenStroom.LeesAsync(api.Lezer(), stop.Token).GetAsyncEnumerator(stop.Token);

        Assert.True(await stroom.MoveNextAsync());
        Assert.Equal(Wijzigingen.Hartslag, stroom.Current.EventType); // open at once, before anything changed

        var wijziging = await MeldTotGehoord(bus, stroom, RegioGemeenten.Tynaarlo, stop);

        Assert.Equal(Wijzigingen.Soort, wijziging.EventType);
        Assert.Contains("gemeente:GM1730", wijziging.Data.Scopes);
        Assert.Contains("regio:22.01", wijziging.Data.Scopes);
        Assert.DoesNotContain("gemeente:GM0106", wijziging.Data.Scopes);
    }

    [Fact]
    public async Task ChangesReportedTogetherAreStreamedAsOneEvent()
    {
        await using var environment = new SiloEnvironment(servers);
        var silo = await environment.StartSiloAsync();
        await using var api = new AgendaApiFactory(servers, environment);
        await using var bus = await TestBus.StartAsync(servers.RabbitMq.ConnectionString);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        await using var stroom = WijzigingenStroom.LeesAsync(api.Lezer(), stop.Token).GetAsyncEnumerator(stop.Token);
        await MeldTotGehoord(bus, stroom, RegioGemeenten.Assen, stop);
        var wijzigingen = silo.Grains().GetGrain<IWijzigingenGrain>(IWijzigingenGrain.Key);

        // As three scope grains would after one event; one-way calls, sent back to back.
        await wijzigingen.Gewijzigd("school:99XX");
        await wijzigingen.Gewijzigd("swv:XX9999");
        await wijzigingen.Gewijzigd("gemeente:GM9999");

        var gebundeld = await VolgendeMet(stroom, "school:99XX", stop);
        Assert.Contains("swv:XX9999", gebundeld.Data.Scopes);
        Assert.Contains("gemeente:GM9999", gebundeld.Data.Scopes);
    }

    [Fact]
    public async Task TheStreamCarriesOnWhenTheSiloIsReplaced()
    {
        await using var environment = new SiloEnvironment(servers);
        var eerste = await environment.StartSiloAsync();
        await using var api = new AgendaApiFactory(servers, environment);
        await using var bus = await TestBus.StartAsync(servers.RabbitMq.ConnectionString);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        await using var stroom = WijzigingenStroom.LeesAsync(api.Lezer(), stop.Token).GetAsyncEnumerator(stop.Token);
        await MeldTotGehoord(bus, stroom, RegioGemeenten.Assen, stop);

        // The subscription lived in the first silo's grain: the API must subscribe again with the new one.
        await environment.StartSiloAsync();
        await environment.StopSiloAsync(eerste);

        await MeldTotGehoord(bus, stroom, RegioGemeenten.MiddenDrenthe, stop, TimeSpan.FromSeconds(90));
    }

    [Fact]
    public async Task TheCachedRegioOverzichtIsClearedByAChangeOfItsScopes()
    {
        var peildatum = new DateOnly(2026, 6, 1);
        await using var environment = new SiloEnvironment(servers);
        await environment.StartSiloAsync();
        // The API's clock stands still: the cache's safety expiry never passes, only a change clears it.
        await using var api = new AgendaApiFactory(servers, environment, new MutableTimeProvider(DateTimeOffset.UtcNow));
        // Tynaarlo's leerplichtambtenaar: the one caller who sees Tynaarlo's count exactly, so a change of 1 shows.
        var agenda = RestService.ForGenerated<IAgendaApi>(api.Lezer(TestGebruiker.Leerplicht("GM1730")));
        await using var bus = await TestBus.StartAsync(servers.RabbitMq.ConnectionString);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        await using var stroom = WijzigingenStroom.LeesAsync(api.Lezer(), stop.Token).GetAsyncEnumerator(stop.Token);
        await MeldTotGehoord(bus, stroom, RegioGemeenten.Assen, stop); // elsewhere: the API hears the silo now
        var voor = Tynaarlo(await agenda.GetRegioOverzicht(peildatum, TestContext.Current.CancellationToken));
        Assert.Equal(voor, Tynaarlo(await agenda.GetRegioOverzicht(peildatum, TestContext.Current.CancellationToken)));

        await bus.Publish(Cases.Gemeld(RegioGemeenten.Tynaarlo, peildatum.AddDays(-10)));

        await Eventually.Equal(voor + 1, async () => Tynaarlo(await agenda.GetRegioOverzicht(peildatum, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheStreamAsServerSentEvents()
    {
        await using var environment = new SiloEnvironment(servers);
        await environment.StartSiloAsync();
        await using var api = new AgendaApiFactory(servers, environment);

        using var document = JsonDocument.Parse(await api.CreateClient().GetStringAsync("/v1/openapi.json", TestContext.Current.CancellationToken));

        var get = document.RootElement.GetProperty("paths").GetProperty("/wijzigingen").GetProperty("get");
        Assert.True(get.GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("text/event-stream", out _));
        Assert.Contains("in plaats van steeds opnieuw vragen", get.GetProperty("description").GetString());
    }

    private static int Tynaarlo(RegioOverzicht overzicht) =>
        GemeentenAlsLeerplicht.Aantal(overzicht.Gemeenten.Single(g => g.Code == "GM1730").Cijfers.Thuiszitters.Totaal.Open);

    /// <summary>
    /// Reports cases in <paramref name="gemeente"/> until the stream names it: the API subscribes to the silo in the
    /// background after it starts, and a change applied before that is nobody's to hear.
    /// </summary>
    private static async Task<SseItem<Wijzigingen>> MeldTotGehoord(
        TestBus bus, IAsyncEnumerator<SseItem<Wijzigingen>> stroom, GemeenteCode gemeente, CancellationTokenSource stop, TimeSpan? binnen = null)
    {
        var tot = DateTime.UtcNow + (binnen ?? Wachttijd);
        var volgende = stroom.MoveNextAsync().AsTask();
        while (DateTime.UtcNow < tot)
        {
            await bus.Publish(Cases.Gemeld(gemeente, Cases.Peildatum.AddDays(-10)));
            var ronde = Task.Delay(TimeSpan.FromSeconds(3), stop.Token);
            while (await Task.WhenAny(volgende, ronde) == volgende)
            {
                Assert.True(await volgende, "the stream ended");
                if (stroom.Current.Data.Scopes.Contains($"gemeente:{gemeente.Value}")) return stroom.Current;
                volgende = stroom.MoveNextAsync().AsTask();
            }
        }
        Assert.Fail($"no change of {gemeente.Value} streamed within {(binnen ?? Wachttijd).TotalSeconds} s");
        return default;
    }

    /// <summary>The next streamed change that names <paramref name="scope"/>.</summary>
    private static async Task<SseItem<Wijzigingen>> VolgendeMet(IAsyncEnumerator<SseItem<Wijzigingen>> stroom, string scope, CancellationTokenSource stop)
    {
        stop.CancelAfter(Wachttijd);
        while (await stroom.MoveNextAsync())
        {
            if (stroom.Current.Data.Scopes.Contains(scope)) return stroom.Current;
        }
        Assert.Fail($"the stream ended before a change of {scope}");
        return default;
    }
}

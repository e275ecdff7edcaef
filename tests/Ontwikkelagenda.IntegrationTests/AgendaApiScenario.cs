using Agenda.Api.Client;
using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.TestSupport;
using Refit;
using ContractDoelStatus = Ontwikkelagenda.Contracts.Values.DoelStatus;

namespace Ontwikkelagenda.IntegrationTests;

/// <summary>
/// A silo, Agenda.Api over it and a publisher, fed with one small hand-countable region (all in Tynaarlo unless said),
/// seen at <see cref="Peildatum"/> 1 March 2026 (agenda version 2025-2027):
/// <list type="bullet">
/// <item>contracts: provider X for the subregion (all four municipalities), provider Y for Tynaarlo only (jeugdhulp
/// serving 57CY, and EED serving 57CY), from 1 September 2025;</item>
/// <item>trajectories from 1 October 2025: seven providers at 57CY (5 light, 2 heavy), one heavy at 25LL;</item>
/// <item>EED referrals at 57CY: three started after 21, 42 and 14 days, one waiting;</item>
/// <item>thuiszitters: absoluut from 15 October 2025 (past three months from 16 January), langdurig relatief at 57CY
/// from 10 January 2026; complex cases: one with a casusregisseur from 1 November 2025, one without from 15 February 2026;</item>
/// <item>reports: goal 1 op-koers on 20 January 2026 and aandacht-nodig on 10 February 2026 (withdrawn); goal 5
/// achter on 1 December 2025, corrected to aandacht-nodig dated 2 December 2025.</item>
/// </list>
/// </summary>
public sealed class AgendaApiScenario : IAsyncDisposable
{
    public static readonly DateOnly Peildatum = new(2026, 3, 1);
    public static readonly Brin Kristal = Brin.Parse("57CY");
    public static readonly Brin Horizon = Brin.Parse("25LL");
    public static readonly Guid AanbiederX = Guid.NewGuid();
    public static readonly Guid AanbiederY = Guid.NewGuid();

    private readonly SiloEnvironment _environment;
    private readonly AgendaApiFactory _api;
    private readonly TestBus _bus;

    private AgendaApiScenario(SiloEnvironment environment, AgendaApiFactory api, TestBus bus)
    {
        _environment = environment;
        _api = api;
        _bus = bus;
        Agenda = RestService.ForGenerated<IAgendaApi>(api.Lezer());
    }

    /// <summary>Agenda.Api as Assen's wethouder: no case rights anywhere, so every figure about children is protected.</summary>
    public IAgendaApi Agenda { get; }

    /// <summary>Agenda.Api as <paramref name="wie"/> (the leerplichtambtenaar of Tynaarlo sees its cases exactly).</summary>
    public IAgendaApi AgendaAls(TestGebruiker wie) => RestService.ForGenerated<IAgendaApi>(_api.Lezer(wie));

    /// <summary>The four municipalities of the regional overview, each read exactly by its own leerplichtambtenaar.</summary>
    public Task<IReadOnlyDictionary<string, BeschermdeDetail>> GemeentenExact(DateOnly peildatum, CancellationToken cancellationToken) =>
        GemeentenAlsLeerplicht.LeesAsync(AgendaAls, peildatum, cancellationToken);

    public VoortgangGerapporteerd Doel1OpKoers { get; } = AgendaApiEvents.Rapport(1, ContractDoelStatus.OpKoers, new(2026, 1, 20), "Afstemming loopt");
    public VoortgangGerapporteerd Doel1Ingetrokken { get; } = AgendaApiEvents.Rapport(1, ContractDoelStatus.AandachtNodig, new(2026, 2, 10), "Per abuis");
    public VoortgangGerapporteerd Doel5Achter { get; } = AgendaApiEvents.Rapport(5, ContractDoelStatus.Achter, new(2025, 12, 1), "Twee zaken lopen uit");

    public VoortgangGerapporteerd Doel5Correctie { get; private set; } = null!;

    public static async Task<AgendaApiScenario> StartAsync(ServersFixture servers, bool feed = true)
    {
        var environment = new SiloEnvironment(servers);
        await environment.StartSiloAsync();
        var api = new AgendaApiFactory(servers, environment);
        var bus = await TestBus.StartAsync(servers.RabbitMq.ConnectionString);
        var scenario = new AgendaApiScenario(environment, api, bus);
        if (feed) await scenario.FeedAsync();
        return scenario;
    }

    public Task Publish<T>(T message) where T : class => _bus.Publish(message);

    private async Task FeedAsync()
    {
        var september = new DateOnly(2025, 9, 1);
        await Publish(AgendaApiEvents.Contract(AanbiederX, "Aanbieder X", Contractant.Subregio, ContractSoort.Jeugdhulp, september, Bediening.Gemeentebreed));
        await Publish(AgendaApiEvents.Contract(AanbiederY, "Aanbieder Y", new Contractant(RegioGemeenten.Tynaarlo), ContractSoort.Jeugdhulp, september, new Bediening(false, [Kristal])));
        await Publish(AgendaApiEvents.Contract(AanbiederY, "Aanbieder Y", new Contractant(RegioGemeenten.Tynaarlo), ContractSoort.Eed, september, new Bediening(false, [Kristal])));

        var oktober = new DateOnly(2025, 10, 1);
        var providers = Enumerable.Range(0, 7).Select(_ => Guid.NewGuid()).ToList();
        for (var i = 0; i < providers.Count; i++)
        {
            await Publish(AgendaApiEvents.Traject(Kristal, providers[i], i < 5 ? Zwaarte.Licht : Zwaarte.Zwaar, oktober));
        }
        await Publish(AgendaApiEvents.Traject(Horizon, providers[0], Zwaarte.Zwaar, oktober));

        foreach (var (verwezen, gestart) in new (DateOnly, DateOnly?)[]
        {
            (new(2025, 11, 3), new(2025, 11, 24)), // 21 days
            (new(2025, 12, 1), new(2026, 1, 12)),  // 42 days
            (new(2026, 1, 5), new(2026, 1, 19)),   // 14 days
            (new(2026, 2, 2), null),               // waiting
        })
        {
            var verwijzing = AgendaApiEvents.Verwijzing(Kristal, verwezen);
            await Publish(verwijzing);
            if (gestart is { } start) await Publish(AgendaApiEvents.Behandelstart(verwijzing, start));
        }

        await Publish(Cases.Gemeld(RegioGemeenten.Tynaarlo, new DateOnly(2025, 10, 15)));
        await Publish(Cases.Gemeld(RegioGemeenten.Tynaarlo, new DateOnly(2026, 1, 10)) with { Brin = Kristal, SoortVerzuim = SoortVerzuim.LangdurigRelatief });
        await Publish(AgendaApiEvents.Casus(RegioGemeenten.Tynaarlo, Kristal, new DateOnly(2025, 11, 1), new Casusregisseur("jeugdconsulent", "Gemeente Tynaarlo")));
        await Publish(AgendaApiEvents.Casus(RegioGemeenten.Tynaarlo, null, new DateOnly(2026, 2, 15), null));

        await Publish(Doel1OpKoers);
        await Publish(Doel1Ingetrokken);
        await Publish(Doel5Achter);

        // Everything above is in before the correction and withdrawal refer to it.
        await Eventually.Equal((8, 3, 4, 2, 3), async () =>
        {
            // The region's counts are protected for everyone: its exact counts are those of its municipalities added up.
            var gemeenten = await GemeentenExact(Peildatum, TestContext.Current.CancellationToken);
            var rapporten = (await Agenda.GetDoelHistorie(1, cancellationToken: TestContext.Current.CancellationToken)).Rapporten.Count
                + (await Agenda.GetDoelHistorie(5, cancellationToken: TestContext.Current.CancellationToken)).Rapporten.Count;
            return (GemeentenAlsLeerplicht.Regio(gemeenten, g => g.Trajecten.Actief), GemeentenAlsLeerplicht.Regio(gemeenten, g => g.Eed.Gestart),
                GemeentenAlsLeerplicht.Regio(gemeenten, g => g.Regie.OpenCasussen), GemeentenAlsLeerplicht.Regio(gemeenten, g => g.Thuiszitters.Totaal.Open), rapporten);
        });

        Doel5Correctie = AgendaApiEvents.Rapport(5, ContractDoelStatus.AandachtNodig, new(2025, 12, 2), "Eén zaak loopt uit") with
        {
            RapportId = Doel5Achter.RapportId,
            Corrigeert = Doel5Achter.EventId,
        };
        await Publish(Doel5Correctie);
        await Publish(AgendaApiEvents.Intrekking(Doel1Ingetrokken));
        // The regio-overzicht is cached in Agenda.Api, per reader, until the silo's change notice (batched every 150 ms)
        // clears it, so it shows the withdrawal and the correction a moment after the history does: wait for all, also
        // in the leerplichtambtenaren's overviews the first wait cached.
        var naCorrectie = (new DateOnly(2026, 1, 20), new DateOnly(2025, 12, 2));
        await Eventually.Equal((true, true, naCorrectie, true), async () =>
        {
            var doel1 = await Agenda.GetDoelHistorie(1, cancellationToken: TestContext.Current.CancellationToken);
            var doel5 = await Agenda.GetDoelHistorie(5, cancellationToken: TestContext.Current.CancellationToken);
            var overzicht = await Agenda.GetRegioOverzicht(Peildatum, TestContext.Current.CancellationToken);
            var gemeenten = await GemeentenExact(Peildatum, TestContext.Current.CancellationToken);
            static (DateOnly?, DateOnly?) Rapportdata(BeschermdeDetail d) =>
                (d.Doelen.Single(s => s.Nummer == 1).RapportDatum, d.Doelen.Single(s => s.Nummer == 5).RapportDatum);
            return (doel1.Rapporten.Any(r => r.Ingetrokken), doel5.Rapporten.Any(r => r.GecorrigeerdDoor is not null),
                Rapportdata(overzicht.Regio), gemeenten.Values.All(g => Rapportdata(g) == naCorrectie));
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _bus.DisposeAsync();
        await _api.DisposeAsync();
        await _environment.DisposeAsync();
    }
}

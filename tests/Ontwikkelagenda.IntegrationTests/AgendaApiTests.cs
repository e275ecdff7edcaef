using System.Net;
using System.Text.Json;
using Agenda.Api.Client;
using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.TestSupport;
using Refit;

namespace Ontwikkelagenda.IntegrationTests;

/// <summary>Agenda.Api answers from the grains of a real silo, through the same Refit client the web uses.</summary>
public sealed class AgendaApiTests(ServersFixture servers)
{
    /// <summary>A BAO school in Tynaarlo in the reference data, so its cases count for SWV PO 22.01.</summary>
    private static readonly Brin SchoolInTynaarlo = Brin.Parse("57CY");

    [Fact]
    public async Task RegioOverzichtCountsCasesByMunicipalitySwvAndRegionAtThePeildatum()
    {
        await using var environment = new SiloEnvironment(servers);
        await environment.StartSiloAsync();
        await using var api = new AgendaApiFactory(servers, environment);
        IAgendaApi Als(TestGebruiker wie) => RestService.ForGenerated<IAgendaApi>(api.Lezer(wie));
        var agenda = RestService.ForGenerated<IAgendaApi>(api.Lezer());
        // Exact counts only for the caller with case rights: Tynaarlo's leerplichtambtenaar, each SWV's staff.
        var leerplicht = Als(TestGebruiker.Leerplicht("GM1730"));
        await using var bus = await TestBus.StartAsync(servers.RabbitMq.ConnectionString);

        await bus.Publish(Cases.Gemeld(RegioGemeenten.Tynaarlo, new DateOnly(2026, 1, 31)) with
        {
            Brin = SchoolInTynaarlo,
            SoortVerzuim = SoortVerzuim.LangdurigRelatief,
        });
        await bus.Publish(Cases.Gemeld(RegioGemeenten.Tynaarlo, new DateOnly(2026, 4, 1)));

        // 31 January + 3 months = 30 April: longer than three months from 1 May, not on 30 April.
        var onThirtiethApril = await Eventually.Equal(Cijfer.Shown(2), async () => Tynaarlo(await leerplicht.GetRegioOverzicht(new DateOnly(2026, 4, 30), TestContext.Current.CancellationToken)).Totaal.Open);
        var overzicht = await leerplicht.GetRegioOverzicht(new DateOnly(2026, 4, 30), TestContext.Current.CancellationToken);
        Assert.Equal(Cijfer.Shown(0), Tynaarlo(overzicht).Totaal.LangerDanDrieMaanden);
        Assert.Equal(Cijfer.Shown(1), Tynaarlo(await leerplicht.GetRegioOverzicht(new DateOnly(2026, 5, 1), TestContext.Current.CancellationToken)).Totaal.LangerDanDrieMaanden);

        Assert.Equal(new DateOnly(2026, 4, 30), overzicht.Peildatum);
        Assert.Equal(["GM0106", "GM1680", "GM1730", "GM1731"], overzicht.Gemeenten.Select(g => g.Code).Order());
        Assert.Equal(Cijfer.Shown(0.4m), Tynaarlo(overzicht).Totaal.PerDuizend); // 2 x 1000 / 5,270 = 0.38
        Assert.Equal(Cijfer.Shown(null), Tynaarlo(overzicht).Totaal.BinnenDrieMaandenOpgelost);
        Assert.Equal(Cijfer.Shown(null), Tynaarlo(overzicht).AfgeslotenMetVrijstelling);
        Assert.Equal(Cijfer.Shown(1), Swv(await Als(TestGebruiker.Swv("PO2201")).GetRegioOverzicht(new DateOnly(2026, 4, 30), TestContext.Current.CancellationToken), "PO2201"));
        Assert.Equal(Cijfer.Shown(0), Swv(await Als(TestGebruiker.Swv("VO2201")).GetRegioOverzicht(new DateOnly(2026, 4, 30), TestContext.Current.CancellationToken), "VO2201"));
        // The region: the sum of the municipalities, each read by its own leerplichtambtenaar; protected for everyone.
        var gemeenten = await GemeentenAlsLeerplicht.LeesAsync(Als, new DateOnly(2026, 4, 30), TestContext.Current.CancellationToken);
        Assert.Equal(2, GemeentenAlsLeerplicht.Regio(gemeenten, g => g.Thuiszitters.Totaal.Open));
        Assert.Equal(0, gemeenten.Where(g => g.Key != "GM1730").Sum(g => GemeentenAlsLeerplicht.Aantal(g.Value.Thuiszitters.Totaal.Open)));
        Assert.False(overzicht.Regio.Thuiszitters.Totaal.Open.IsShown);
        Assert.Equal(onThirtiethApril, Tynaarlo(overzicht).Totaal.Open);
        // A wethouder sees Tynaarlo's two cases as a small number.
        var alsWethouder = await agenda.GetRegioOverzicht(new DateOnly(2026, 4, 30), TestContext.Current.CancellationToken);
        Assert.Equal(Cijfer.Withheld(Onderdrukking.SmallNumber), Tynaarlo(alsWethouder).Totaal.Open);
        Assert.False(alsWethouder.Regio.Thuiszitters.Totaal.Open.IsShown);

        var school = await agenda.GetSchool(SchoolInTynaarlo.Value, new DateOnly(2026, 4, 30), TestContext.Current.CancellationToken);
        // One case: withheld for a wethouder, as a small number of its kind and in the total beside it.
        Assert.False(school.Cijfers.Thuiszitters.Totaal.Open.IsShown);
        Assert.Equal("GM1730", school.Gemeente);
        Assert.Contains(await agenda.GetScholen("GM1730", cancellationToken: TestContext.Current.CancellationToken), s => s.Brin == SchoolInTynaarlo.Value);
        Assert.All(await agenda.GetScholen("GM1730", cancellationToken: TestContext.Current.CancellationToken), s => Assert.Equal("GM1730", s.Gemeente));
    }

    [Fact]
    public async Task RegioOverzichtIsExactOnlyForTheCallersOwnMunicipality()
    {
        await using var environment = new SiloEnvironment(servers);
        await environment.StartSiloAsync();
        await using var api = new AgendaApiFactory(servers, environment);
        IAgendaApi Als(TestGebruiker wie) => RestService.ForGenerated<IAgendaApi>(api.Lezer(wie));
        await using var bus = await TestBus.StartAsync(servers.RabbitMq.ConnectionString);
        var peildatum = new DateOnly(2026, 6, 1);

        // Three open cases in Tynaarlo, none elsewhere: a small number, and the region's total is that same 3.
        foreach (var start in new DateOnly[] { new(2026, 1, 15), new(2026, 3, 2), new(2026, 5, 20) })
            await bus.Publish(Cases.Gemeld(RegioGemeenten.Tynaarlo, start));

        var eigen = await Eventually.Equal(Cijfer.Shown(3), async () =>
            Tynaarlo(await Als(TestGebruiker.Leerplicht("GM1730")).GetRegioOverzicht(peildatum, TestContext.Current.CancellationToken)).Totaal.Open);
        var alsEigen = await Als(TestGebruiker.Leerplicht("GM1730")).GetRegioOverzicht(peildatum, TestContext.Current.CancellationToken);
        var alsAnder = await Als(TestGebruiker.Leerplicht("GM0106")).GetRegioOverzicht(peildatum, TestContext.Current.CancellationToken);
        var alsWethouder = await Als(TestGebruiker.Wethouder("GM1730")).GetRegioOverzicht(peildatum, TestContext.Current.CancellationToken);

        // Its own leerplichtambtenaar sees the 3; Assen's leerplichtambtenaar and even Tynaarlo's wethouder see "<5".
        Assert.Equal(Cijfer.Shown(3), eigen);
        Assert.Equal(Cijfer.Shown(3), Tynaarlo(alsEigen).Totaal.Open);
        Assert.Equal(Cijfer.Withheld(Onderdrukking.SmallNumber), Tynaarlo(alsAnder).Totaal.Open);
        Assert.Equal(Cijfer.Withheld(Onderdrukking.SmallNumber), Tynaarlo(alsWethouder).Totaal.Open);
        // Assen's own (zero) count is exact for Assen's leerplichtambtenaar.
        Assert.Equal(Cijfer.Shown(0), alsAnder.Gemeenten.Single(g => g.Code == "GM0106").Cijfers.Thuiszitters.Totaal.Open);

        // The region's open total is exact for nobody: withheld for all three, without a number.
        foreach (var overzicht in new[] { alsEigen, alsAnder, alsWethouder })
        {
            var regio = overzicht.Regio.Thuiszitters.Totaal.Open;
            Assert.False(regio.IsShown);
            Assert.Null(regio.Value);
        }
        // Beside its own exact 3, "<5" for the region would tell Tynaarlo's leerplichtambtenaar the rest is at most 1.
        Assert.NotEqual(Onderdrukking.SmallNumber, alsEigen.Regio.Thuiszitters.Totaal.Open.Onderdrukking);
    }

    [Theory]
    [InlineData("/v1/regio-overzicht?peildatum=2026-13-01", "peildatum")]
    [InlineData("/v1/gemeenten/Tynaarlo", "code")]
    [InlineData("/v1/scholen?gemeente=1730", "gemeente")]
    [InlineData("/v1/scholen/12ab", "brin")]
    public async Task MalformedInputGets400ProblemJsonNamingTheField(string path, string field)
    {
        await using var environment = new SiloEnvironment(servers);
        await environment.StartSiloAsync();
        await using var api = new AgendaApiFactory(servers, environment);

        var response = await api.Lezer().GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), $"errors does not name {field}");
        Assert.True(response.Headers.Contains("API-Version"));
    }

    [Theory]
    [InlineData("/v1/gemeenten/GM0014")] // Groningen: well-formed, not in the region
    [InlineData("/v1/scholen/99ZZ")]
    public async Task UnknownMunicipalityOrSchoolGets404ProblemJson(string path)
    {
        await using var environment = new SiloEnvironment(servers);
        await environment.StartSiloAsync();
        await using var api = new AgendaApiFactory(servers, environment);

        var response = await api.Lezer().GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static BeschermdeThuiszitters Tynaarlo(RegioOverzicht overzicht) =>
        overzicht.Gemeenten.Single(g => g.Code == "GM1730").Cijfers.Thuiszitters;

    private static Cijfer Swv(RegioOverzicht overzicht, string code) =>
        overzicht.Samenwerkingsverbanden.Single(s => s.Code == code).Cijfers.Thuiszitters.Totaal.Open;
}

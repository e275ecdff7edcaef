using System.Net;
using System.Text.Json;
using Agenda.Api.Client;
using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Values;
using Refit;
using Ontwikkelagenda.Contracts.Kpis;

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
        var agenda = RestService.ForGenerated<IAgendaApi>(api.Lezer());
        await using var bus = await TestBus.StartAsync(servers.RabbitMq.ConnectionString);

        await bus.Publish(Cases.Gemeld(RegioGemeenten.Tynaarlo, new DateOnly(2026, 1, 31)) with
        {
            Brin = SchoolInTynaarlo,
            SoortVerzuim = SoortVerzuim.LangdurigRelatief,
        });
        await bus.Publish(Cases.Gemeld(RegioGemeenten.Tynaarlo, new DateOnly(2026, 4, 1)));

        // 31 January + 3 months = 30 April: longer than three months from 1 May, not on 30 April.
        var onThirtiethApril = await Eventually.Equal(2, async () => Tynaarlo(await agenda.GetRegioOverzicht(new DateOnly(2026, 4, 30), TestContext.Current.CancellationToken)).Open);
        var overzicht = await agenda.GetRegioOverzicht(new DateOnly(2026, 4, 30), TestContext.Current.CancellationToken);
        Assert.Equal(0, Tynaarlo(overzicht).LangerDanDrieMaanden);
        Assert.Equal(1, Tynaarlo(await agenda.GetRegioOverzicht(new DateOnly(2026, 5, 1), TestContext.Current.CancellationToken)).LangerDanDrieMaanden);

        Assert.Equal(new DateOnly(2026, 4, 30), overzicht.Peildatum);
        Assert.Equal(["GM0106", "GM1680", "GM1730", "GM1731"], overzicht.Gemeenten.Select(g => g.Code).Order());
        Assert.Equal(0.4m, Tynaarlo(overzicht).PerDuizend); // 2 x 1000 / 5,270 = 0.38
        Assert.Null(Tynaarlo(overzicht).BinnenDrieMaandenOpgelost);
        Assert.Equal(0, Tynaarlo(overzicht).Afgesloten);
        Assert.Null(Tynaarlo(overzicht).AfgeslotenMetVrijstelling);
        Assert.Equal(1, overzicht.Samenwerkingsverbanden.Single(s => s.Code == "PO2201").Thuiszitters.Open);
        Assert.Equal(0, overzicht.Samenwerkingsverbanden.Single(s => s.Code == "VO2201").Thuiszitters.Open);
        Assert.Equal(2, overzicht.Regio.Thuiszitters.Open);
        Assert.Equal(0, overzicht.Gemeenten.Where(g => g.Code != "GM1730").Sum(g => g.Thuiszitters.Open));
        Assert.Equal(onThirtiethApril, Tynaarlo(overzicht).Open);

        var school = await agenda.GetSchool(SchoolInTynaarlo.Value, new DateOnly(2026, 4, 30), TestContext.Current.CancellationToken);
        // One case: withheld for a wethouder, as a small number of its kind and in the total beside it.
        Assert.False(school.Cijfers.Thuiszitters.Totaal.Open.IsShown);
        Assert.Equal("GM1730", school.Gemeente);
        Assert.Contains(await agenda.GetScholen("GM1730", cancellationToken: TestContext.Current.CancellationToken), s => s.Brin == SchoolInTynaarlo.Value);
        Assert.All(await agenda.GetScholen("GM1730", cancellationToken: TestContext.Current.CancellationToken), s => Assert.Equal("GM1730", s.Gemeente));
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

    private static ThuiszitterCijfers Tynaarlo(RegioOverzicht overzicht) =>
        overzicht.Gemeenten.Single(g => g.Code == "GM1730").Thuiszitters;
}

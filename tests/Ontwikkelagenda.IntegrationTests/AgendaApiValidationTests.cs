using System.Net;
using System.Text.Json;

namespace Ontwikkelagenda.IntegrationTests;

/// <summary>Every Agenda.Api operation with input answers bad input with one 400 problem+json that names every wrong field.</summary>
public sealed class AgendaApiValidationTests(ServersFixture servers)
{
    private static readonly string TeLang = new('x', 101);

    public static TheoryData<string, string[]> WrongInput => new()
    {
        { "/v1/regio-overzicht?peildatum=2026-13-01", ["peildatum"] },
        { "/v1/gemeenten/Tynaarlo?peildatum=gisteren", ["code", "peildatum"] },
        { "/v1/samenwerkingsverbanden/PO22?peildatum=1-3-2026", ["code", "peildatum"] },
        { $"/v1/scholen?gemeente=1730&zoek={TeLang}", ["gemeente", "zoek"] },
        { "/v1/scholen/12ab?peildatum=2026-02-30", ["brin", "peildatum"] },
        { "/v1/inkoop/vergelijking?peildatum=vandaag", ["peildatum"] },
        { "/v1/doelen?peildatum=2026-3-1", ["peildatum"] },
        { "/v1/doelen/vijf/historie?van=gisteren&tot=2026-13-01&niveau=provincie", ["nummer", "van", "tot", "niveau"] },
        { "/v1/doelen/5/historie?van=2022-01-01&tot=2026-01-01", ["tot"] },
        { "/v1/doelen/5/historie?van=2026-03-01&tot=2026-01-01&niveau=school&code=99ZZ", ["van", "code"] },
        { "/v1/doelen/5/historie?niveau=gemeente&code=GM0014", ["code"] },
        { "/v1/doelen/5/historie?niveau=samenwerkingsverband", ["code"] },
        { "/v1/oogo-overleggen/wijzigingen?van=x&tot=2026-13-01", ["van", "tot"] },
        { "/v1/oogo-overleggen/wijzigingen?van=2026-04-09&tot=2025-10-09", ["van"] },
        { "/v1/benchmarks?schooljaar=2016-2018", ["schooljaar"] },
        { "/v1/benchmarks?schooljaar=2099-2100", ["schooljaar"] },
    };

    [Theory]
    [MemberData(nameof(WrongInput))]
    public async Task WrongInputGets400ProblemJsonNamingEveryWrongField(string path, string[] fields)
    {
        await using var environment = new SiloEnvironment(servers);
        await environment.StartSiloAsync();
        await using var api = new AgendaApiFactory(servers, environment);

        var response = await api.Lezer().GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(fields.Order(), problem.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
        Assert.Equal(fields.Order(), problem.RootElement.GetProperty("invalidParams").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).Distinct().Order());
    }

    [Theory]
    [InlineData("/v1/samenwerkingsverbanden/PO9999")]
    [InlineData("/v1/doelen/9/historie")]
    public async Task UnknownSwvOrGoalGets404ProblemJson(string path)
    {
        await using var environment = new SiloEnvironment(servers);
        await environment.StartSiloAsync();
        await using var api = new AgendaApiFactory(servers, environment);

        var response = await api.Lezer().GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

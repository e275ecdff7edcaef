using System.Net;
using System.Text.Json;
using Ontwikkelagenda.TestSupport;

namespace Ontwikkelagenda.IntegrationTests;

/// <summary>
/// Who reads Agenda.Api (issue 11, point 2): the overviews need a token of someone who works with the agenda;
/// operations and the functionaris gegevensbescherming get 403, no token 401; the OpenAPI document is public.
/// </summary>
public sealed class AgendaApiToegangTests(ServersFixture servers)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<string?> ProblemDetailAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.True(response.StatusCode == status, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return problem.RootElement.GetProperty("detail").GetString();
    }

    [Fact]
    public async Task The_overviews_answer_the_agenda_s_roles_refuse_operations_and_the_DPO_and_need_a_token()
    {
        await using var environment = new SiloEnvironment(servers);
        await environment.StartSiloAsync();
        await using var api = new AgendaApiFactory(servers, environment);

        foreach (var lezer in new[]
        {
            TestGebruiker.Wethouder("GM1730"), TestGebruiker.Leerplicht("GM0106"), TestGebruiker.School("19SL"),
            TestGebruiker.Inkoper("subregio", "2201"), TestGebruiker.Oogo("swv", "PO2201"),
        })
        {
            Assert.Equal(HttpStatusCode.OK, (await api.Lezer(lezer).GetAsync("/v1/regio-overzicht", Ct)).StatusCode);
        }
        foreach (var geweigerd in new[] { TestGebruiker.Beheer, TestGebruiker.Functionaris })
        {
            Assert.Contains("wethouder", await ProblemDetailAsync(await api.Lezer(geweigerd).GetAsync("/v1/doelen", Ct), HttpStatusCode.Forbidden),
                StringComparison.Ordinal);
        }
        Assert.Contains("toegangstoken", await ProblemDetailAsync(await api.CreateClient().GetAsync("/v1/regio-overzicht", Ct), HttpStatusCode.Unauthorized),
            StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await api.CreateClient().GetAsync("/v1/openapi.json", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_token_for_another_API_is_401_here()
    {
        await using var environment = new SiloEnvironment(servers);
        await environment.StartSiloAsync();
        await using var api = new AgendaApiFactory(servers, environment);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/regio-overzicht");
        request.Headers.Authorization = TestTokens.Bearer(TestTokens.Voor(TestGebruiker.Wethouder("GM1730"), "leerplicht-api"));

        var response = await api.CreateClient().SendAsync(request, Ct);

        Assert.Contains("audience", await ProblemDetailAsync(response, HttpStatusCode.Unauthorized), StringComparison.Ordinal);
    }
}

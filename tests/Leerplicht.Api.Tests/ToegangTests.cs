using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Leerplicht.Api.Tests;

/// <summary>
/// Who may do what in Leerplicht.Api (issue 11, point 2): only a valid token for this API, only the
/// leerplichtambtenaar, and only for cases of the municipality in the token; refusals are problem+json that say why
/// and change nothing. Who gets through at which endpoint is <see cref="RechtenmatrixTests"/>' part.
/// </summary>
public sealed class ToegangTests(LeerplichtApiFixture fixture) : IClassFixture<LeerplichtApiFixture>
{
    private static readonly TestGebruiker Assen = TestGebruiker.Leerplicht("GM0106");
    private static readonly TestGebruiker Tynaarlo = TestGebruiker.Leerplicht("GM1730");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Melding(string gemeente) => new
    {
        meldingId = Guid.NewGuid(),
        casusReferentie = $"R-{Guid.NewGuid():N}"[..20],
        gemeente,
        brin = "12AB",
        soortVerzuim = "langdurig-relatief",
        startdatum = DateTime.UtcNow.AddDays(-30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private async Task<Guid> MeldAlsTynaarloAsync()
    {
        var response = await fixture.Als(Tynaarlo).PostAsJsonAsync("/v1/thuiszitters", Melding("GM1730"), Ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.True(status == response.StatusCode, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    private Task<long> ZakenAsync() => fixture.CountAsync("SELECT count(*) FROM leerplicht.entiteiten");

    public static TheoryData<string> OngeldigeTokens => ["verlopen", "vervalst", "andere audience", "alg none", "onzin"];

    [Theory]
    [MemberData(nameof(OngeldigeTokens))]
    public async Task A_token_that_is_expired_forged_for_another_api_or_unsigned_is_401_and_stores_nothing(string soort)
    {
        var token = soort switch
        {
            "verlopen" => TestTokens.Verlopen(Tynaarlo, LeerplichtHost.Audience),
            "vervalst" => TestTokens.Vervalst(Tynaarlo, LeerplichtHost.Audience),
            "andere audience" => TestTokens.Voor(Tynaarlo, "inkoop-api"),
            "alg none" => TestTokens.Onondertekend(Tynaarlo, LeerplichtHost.Audience),
            _ => "geen.jwt.token",
        };
        var voor = await ZakenAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/thuiszitters") { Content = JsonContent.Create(Melding("GM1730")) };
        request.Headers.Authorization = TestTokens.Bearer(token);

        var response = await fixture.Anoniem.SendAsync(request, Ct);

        await ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(voor, await ZakenAsync());
    }

    [Fact]
    public async Task A_role_without_the_right_is_403_naming_the_role_it_needs()
    {
        foreach (var gebruiker in new[] { TestGebruiker.Wethouder("GM1730"), TestGebruiker.Beheer, TestGebruiker.School("12AB") })
        {
            var problem = await ProblemAsync(await fixture.Als(gebruiker).PostAsJsonAsync("/v1/thuiszitters", Melding("GM1730"), Ct),
                HttpStatusCode.Forbidden);
            Assert.Contains("leerplichtambtenaar", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_municipality_cannot_report_for_another_and_nothing_is_stored()
    {
        var voor = await ZakenAsync();

        var problem = await ProblemAsync(await fixture.Als(Assen).PostAsJsonAsync("/v1/thuiszitters", Melding("GM1730"), Ct),
            HttpStatusCode.Forbidden);

        Assert.Contains("GM1730", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(voor, await ZakenAsync());
    }

    [Fact]
    public async Task Another_municipality_can_neither_read_nor_change_a_case()
    {
        var zaakId = await MeldAlsTynaarloAsync();
        var assen = fixture.Als(Assen);

        await ProblemAsync(await assen.GetAsync($"/v1/thuiszitters/{zaakId}", Ct), HttpStatusCode.Forbidden);
        foreach (var (pad, body) in new (string, object)[]
        {
            ("beeindiging", new { meldingId = Guid.NewGuid(), einddatum = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), uitkomst = "zorgaanbod" }),
            ("overdrachten", new { meldingId = Guid.NewGuid(), naarGemeente = "GM0106", overdrachtsdatum = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }),
        })
        {
            await ProblemAsync(await assen.PostAsJsonAsync($"/v1/thuiszitters/{zaakId}/{pad}", body, Ct), HttpStatusCode.Forbidden);
        }

        Assert.Equal(1, await fixture.CountAsync("SELECT count(*) FROM leerplicht.meldingen WHERE entiteit_id = @p", zaakId));
        var zaak = await fixture.Als(Tynaarlo).GetFromJsonAsync<JsonElement>($"/v1/thuiszitters/{zaakId}", Ct);
        Assert.Equal("GM1730", zaak.GetProperty("gemeente").GetString());
    }

    [Fact]
    public async Task A_resent_transfer_gets_its_first_answer_after_the_case_moved_and_the_new_municipality_cannot_replay_it()
    {
        var melding = await fixture.Als(Tynaarlo).PostAsJsonAsync("/v1/thuiszitters", new
        {
            meldingId = Guid.NewGuid(),
            casusReferentie = $"R-{Guid.NewGuid():N}"[..20],
            gemeente = "GM1730",
            soortVerzuim = "absoluut",
            startdatum = DateTime.UtcNow.AddDays(-30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }, Ct);
        var zaakId = (await melding.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var overdracht = new { meldingId = Guid.NewGuid(), naarGemeente = "GM0106", overdrachtsdatum = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        var eerste = await fixture.Als(Tynaarlo).PostAsJsonAsync($"/v1/thuiszitters/{zaakId}/overdrachten", overdracht, Ct);
        Assert.Equal(HttpStatusCode.Accepted, eerste.StatusCode);

        // Tynaarlo got no answer (a crash, a lost connection) and sends the same melding again: the case is Assen's now.
        var herhaling = await fixture.Als(Tynaarlo).PostAsJsonAsync($"/v1/thuiszitters/{zaakId}/overdrachten", overdracht, Ct);
        var doorAssen = await fixture.Als(Assen).PostAsJsonAsync($"/v1/thuiszitters/{zaakId}/overdrachten", overdracht, Ct);

        Assert.True(HttpStatusCode.Accepted == herhaling.StatusCode, await herhaling.Content.ReadAsStringAsync(Ct));
        Assert.Equal(await eerste.Content.ReadAsStringAsync(Ct), await herhaling.Content.ReadAsStringAsync(Ct));
        // Assen may act on the case, but not as the sender of Tynaarlo's melding.
        await ProblemAsync(doorAssen, HttpStatusCode.Conflict);
        await ProblemAsync(await fixture.Als(TestGebruiker.Leerplicht("GM1680")).PostAsJsonAsync($"/v1/thuiszitters/{zaakId}/overdrachten", overdracht, Ct),
            HttpStatusCode.Forbidden);
        Assert.Equal(2, await fixture.CountAsync("SELECT count(*) FROM leerplicht.meldingen WHERE entiteit_id = @p", zaakId));
    }

    [Fact]
    public async Task The_worklist_is_the_own_municipality_s_and_another_s_is_403()
    {
        var zaakId = await MeldAlsTynaarloAsync();

        var eigen = await fixture.Als(Tynaarlo).GetFromJsonAsync<JsonElement>("/v1/thuiszitters", Ct);
        await ProblemAsync(await fixture.Als(Assen).GetAsync("/v1/thuiszitters?gemeente=GM1730", Ct), HttpStatusCode.Forbidden);

        Assert.Equal("GM1730", eigen.GetProperty("gemeente").GetString());
        Assert.Contains(eigen.GetProperty("thuiszitters").EnumerateArray(), z => z.GetProperty("id").GetGuid() == zaakId);
    }
}

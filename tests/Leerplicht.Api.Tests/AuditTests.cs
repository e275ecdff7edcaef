using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Leerplicht.Api.Tests;

/// <summary>
/// The audit trail of Leerplicht.Api (issue 11, point 4): every write and every read of a case or the worklist leaves an
/// entry with who, what and the answer, refusals included; only the functionaris gegevensbescherming reads it.
/// </summary>
public sealed class AuditTests(LeerplichtApiFixture fixture) : IClassFixture<LeerplichtApiFixture>
{
    private static readonly TestGebruiker Assen = TestGebruiker.Leerplicht("GM0106");
    private static readonly TestGebruiker Tynaarlo = TestGebruiker.Leerplicht("GM1730");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Functionaris => fixture.Als(TestGebruiker.Functionaris);

    private async Task<Guid> MeldAlsTynaarloAsync()
    {
        var response = await fixture.Als(Tynaarlo).PostAsJsonAsync("/v1/thuiszitters", new
        {
            meldingId = Guid.NewGuid(),
            casusReferentie = $"R-{Guid.NewGuid():N}"[..20],
            gemeente = "GM1730",
            brin = "12AB",
            soortVerzuim = "langdurig-relatief",
            startdatum = DateTime.UtcNow.AddDays(-30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }, Ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task A_melding_a_case_read_and_a_worklist_read_leave_entries_with_who_what_and_the_answer()
    {
        var voor = DateTimeOffset.UtcNow.AddSeconds(-1);
        var zaakId = await MeldAlsTynaarloAsync();
        Assert.Equal(HttpStatusCode.OK, (await fixture.Als(Tynaarlo).GetAsync($"/v1/thuiszitters/{zaakId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Als(Tynaarlo).GetAsync("/v1/thuiszitters", Ct)).StatusCode);

        var melding = await Audittrail.LaatsteAsync(Functionaris, Tynaarlo, "MeldThuiszitter", Ct);
        Assert.Equal(("POST", "/v1/thuiszitters", 202), (melding.GetProperty("methode").GetString(), melding.GetProperty("route").GetString(),
            melding.GetProperty("status").GetInt32()));
        Assert.Equal(("gemeente", "GM1730"), (melding.GetProperty("organisatieSoort").GetString(), melding.GetProperty("organisatieCode").GetString()));
        Assert.Equal(["leerplichtambtenaar"], melding.GetProperty("rollen").EnumerateArray().Select(r => r.GetString()));
        Assert.InRange(melding.GetProperty("tijdstip").GetDateTimeOffset(), voor, DateTimeOffset.UtcNow.AddSeconds(1));

        var lezing = await Audittrail.LaatsteAsync(Functionaris, Tynaarlo, "GetThuiszitter", Ct);
        Assert.Equal(("GET", "/v1/thuiszitters/{id}", 200), (lezing.GetProperty("methode").GetString(), lezing.GetProperty("route").GetString(),
            lezing.GetProperty("status").GetInt32()));
        Assert.Equal(zaakId.ToString(), lezing.RouteWaarde("id"));

        Assert.Equal(200, (await Audittrail.LaatsteAsync(Functionaris, Tynaarlo, "GetThuiszitters", Ct)).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_refused_read_and_a_refused_write_are_recorded_with_their_403()
    {
        var zaakId = await MeldAlsTynaarloAsync();
        var wethouder = TestGebruiker.Wethouder("GM1730");

        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Als(Assen).GetAsync($"/v1/thuiszitters/{zaakId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Als(wethouder).PostAsJsonAsync($"/v1/thuiszitters/{zaakId}/intrekkingen",
            new { meldingId = Guid.NewGuid() }, Ct)).StatusCode);

        var lezing = await Audittrail.LaatsteAsync(Functionaris, Assen, "GetThuiszitter", Ct);
        Assert.Equal((403, zaakId.ToString(), "GM0106"), (lezing.GetProperty("status").GetInt32(), lezing.RouteWaarde("id"),
            lezing.GetProperty("organisatieCode").GetString()));
        // Refused by the policy (the wrong role), before the endpoint ran: still recorded.
        var intrekking = await Audittrail.LaatsteAsync(Functionaris, wethouder, "TrekThuiszitterMeldingIn", Ct);
        Assert.Equal((403, zaakId.ToString(), "wethouder"), (intrekking.GetProperty("status").GetInt32(), intrekking.RouteWaarde("id"),
            intrekking.GetProperty("rollen")[0].GetString()));
    }

    [Fact]
    public async Task A_request_without_a_token_names_nobody_and_leaves_no_entry()
    {
        var voor = await fixture.CountAsync("SELECT count(*) FROM leerplicht.audit");
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Anoniem.GetAsync("/v1/thuiszitters", Ct)).StatusCode);
        Assert.Equal(voor, await fixture.CountAsync("SELECT count(*) FROM leerplicht.audit"));
    }

    [Fact]
    public async Task Only_the_functionaris_reads_the_audit_trail()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Anoniem.GetAsync("/v1/audit", Ct)).StatusCode);
        foreach (var gebruiker in new[] { Tynaarlo, TestGebruiker.Beheer, TestGebruiker.Wethouder("GM1730") })
        {
            var response = await fixture.Als(gebruiker).GetAsync("/v1/audit", Ct);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{gebruiker}: {response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        Assert.Equal(HttpStatusCode.OK, (await Functionaris.GetAsync("/v1/audit", Ct)).StatusCode);
    }

    [Fact]
    public async Task The_filters_select_by_organisation_moment_and_page()
    {
        // Midden-Drenthe calls nowhere else in this class, so its entries are these two.
        var middenDrenthe = TestGebruiker.Leerplicht("GM1731");
        await MeldAlsTynaarloAsync();
        Assert.Equal(HttpStatusCode.OK, (await fixture.Als(middenDrenthe).GetAsync("/v1/thuiszitters", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Als(middenDrenthe).GetAsync("/v1/thuiszitters", Ct)).StatusCode);

        var eerste = await Functionaris.GetFromJsonAsync<JsonElement>("/v1/audit?organisatie=gemeente:GM1731&paginaGrootte=1", Ct);
        var regel = Assert.Single(eerste.GetProperty("regels").EnumerateArray());
        Assert.Equal(("GM1731", "GetThuiszitters"), (regel.GetProperty("organisatieCode").GetString(), regel.GetProperty("wat").GetString()));
        Assert.Equal(2, eerste.GetProperty("volgendePagina").GetInt32());

        var tweede = await Functionaris.GetFromJsonAsync<JsonElement>("/v1/audit?organisatie=gemeente:GM1731&paginaGrootte=1&pagina=2", Ct);
        Assert.Equal("GM1731", Assert.Single(tweede.GetProperty("regels").EnumerateArray()).GetProperty("organisatieCode").GetString());
        Assert.Equal(JsonValueKind.Null, tweede.GetProperty("volgendePagina").ValueKind);

        var tijdstip = regel.GetProperty("tijdstip").GetDateTimeOffset();
        string Moment(DateTimeOffset moment) => Uri.EscapeDataString(moment.ToString("yyyy-MM-ddTHH:mm:ss.fffffffK", CultureInfo.InvariantCulture));
        var rond = await Functionaris.GetFromJsonAsync<JsonElement>(
            $"/v1/audit?organisatie=gemeente:GM1731&van={Moment(tijdstip)}&tot={Moment(tijdstip.AddTicks(10))}", Ct);
        Assert.Equal(regel.GetProperty("id").GetInt64(), Assert.Single(rond.GetProperty("regels").EnumerateArray()).GetProperty("id").GetInt64());
        var later = Moment(DateTimeOffset.UtcNow.AddHours(1));
        Assert.Empty((await Functionaris.GetFromJsonAsync<JsonElement>($"/v1/audit?van={later}", Ct)).GetProperty("regels").EnumerateArray());
    }

    [Fact]
    public async Task When_the_entry_cannot_be_stored_the_answer_is_503_and_the_same_melding_again_gives_the_answer_with_its_entry()
    {
        // Aa en Hunze calls nowhere else in this class; the database refuses its entries until the trigger goes.
        var aaEnHunze = TestGebruiker.Leerplicht("GM1680");
        await ExecuteAsync($"""
            CREATE FUNCTION leerplicht.weiger_test() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'test'; END $$;
            CREATE TRIGGER weiger_test BEFORE INSERT ON leerplicht.audit FOR EACH ROW WHEN (NEW.subject = '{aaEnHunze.Subject}')
                EXECUTE FUNCTION leerplicht.weiger_test();
            """);
        var melding = new
        {
            meldingId = Guid.NewGuid(),
            casusReferentie = $"R-{Guid.NewGuid():N}"[..20],
            gemeente = "GM1680",
            brin = "12AB",
            soortVerzuim = "langdurig-relatief",
            startdatum = DateTime.UtcNow.AddDays(-30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };

        var geweigerd = await fixture.Als(aaEnHunze).PostAsJsonAsync("/v1/thuiszitters", melding, Ct);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, geweigerd.StatusCode);
        Assert.Equal("application/problem+json", geweigerd.Content.Headers.ContentType?.MediaType);
        Assert.Contains("audittrail", (await geweigerd.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString(),
            StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await fixture.Als(aaEnHunze).GetAsync("/v1/thuiszitters", Ct)).StatusCode);
        Assert.Empty(await Audittrail.VanAsync(Functionaris, aaEnHunze, Ct));

        await ExecuteAsync("DROP TRIGGER weiger_test ON leerplicht.audit; DROP FUNCTION leerplicht.weiger_test();");
        var opnieuw = await fixture.Als(aaEnHunze).PostAsJsonAsync("/v1/thuiszitters", melding, Ct);

        Assert.Equal(HttpStatusCode.Accepted, opnieuw.StatusCode);
        Assert.Equal(1, await fixture.CountAsync("SELECT count(*) FROM leerplicht.meldingen WHERE melding_id = @p", melding.meldingId));
        Assert.Equal(202, Assert.Single(await Audittrail.VanAsync(Functionaris, aaEnHunze, Ct)).GetProperty("status").GetInt32());
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(fixture.DatabaseConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Ct);
    }

    [Fact]
    public async Task Bad_filters_are_400_naming_every_wrong_field()
    {
        var response = await Functionaris.GetAsync("/v1/audit?van=gisteren&tot=2026-12-01T00:00:00&organisatie=dorp:1&subject=&pagina=0&paginaGrootte=501", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(["organisatie", "pagina", "paginaGrootte", "subject", "tot", "van"],
            problem.GetProperty("invalidParams").EnumerateArray().Select(p => p.GetProperty("name").GetString()).Distinct().Order(StringComparer.Ordinal));
    }
}

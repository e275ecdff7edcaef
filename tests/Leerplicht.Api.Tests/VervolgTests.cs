using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Leerplicht.Api.Tests;

/// <summary>Corrections, withdrawals, transfers, the case history and the worklist, against real PostgreSQL and RabbitMQ.</summary>
public sealed class VervolgTests(LeerplichtApiFixture fixture) : IClassFixture<LeerplichtApiFixture>
{
    private HttpClient Client => fixture.Client;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string NewReferentie() => $"V-{Guid.NewGuid():N}"[..20];

    private sealed record Gemeld(Guid ZaakId, Guid MeldingId);

    private async Task<Gemeld> MeldAsync(string startdatum = "2026-02-02", string gemeente = "GM1730", string brin = "12AB")
    {
        var meldingId = Guid.NewGuid();
        var response = await Client.PostAsJsonAsync("/v1/thuiszitters", new
        {
            meldingId,
            casusReferentie = NewReferentie(),
            gemeente,
            brin,
            soortVerzuim = "langdurig-relatief",
            startdatum,
        }, Ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return new((await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid(), meldingId);
    }

    private async Task<Guid> PostAcceptedAsync(Guid zaakId, string resource, object body)
    {
        var response = await Client.PostAsJsonAsync($"/v1/thuiszitters/{zaakId}/{resource}", body, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{resource}: {response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
        return zaakId;
    }

    private async Task<Guid> BeeindigAsync(Guid zaakId, string einddatum = "2026-03-01", string uitkomst = "zorgaanbod")
    {
        var meldingId = Guid.NewGuid();
        await PostAcceptedAsync(zaakId, "beeindiging", new { meldingId, einddatum, uitkomst });
        return meldingId;
    }

    private Task<JsonElement> ZaakAsync(Guid zaakId) => Client.GetFromJsonAsync<JsonElement>($"/v1/thuiszitters/{zaakId}", Ct);

    private async Task<PublishedEvent> EventAsync(Guid zaakId, string type) =>
        (await fixture.Events.ForAsync(zaakId)).Last(e => e.Type == type);

    private async Task<Guid> EventIdOfMeldingAsync(Guid meldingId) =>
        (Guid)(await ScalarAsync("SELECT event_id FROM leerplicht.meldingen WHERE melding_id = @p", meldingId))!;

    private async Task<object?> ScalarAsync(string sql, object parameter)
    {
        await using var connection = new Npgsql.NpgsqlConnection(fixture.DatabaseConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("p", parameter);
        return await command.ExecuteScalarAsync(Ct);
    }

    /// <summary>Asserts a 400 problem+json naming exactly <paramref name="fields"/>; returns the problem.</summary>
    private static async Task<JsonElement> AssertInvalidAsync(HttpResponseMessage response, params string[] fields)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(fields.Order().ToArray(), problem.GetProperty("errors").EnumerateObject().Select(f => f.Name).Order().ToArray());
        Assert.Equal(fields.Order().ToArray(),
            problem.GetProperty("invalidParams").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).Distinct().Order().ToArray());
        return problem;
    }

    /// <summary>Runs <paramref name="act"/> and asserts that the case and its outbox rows and events are as before.</summary>
    private async Task AssertUnchangedAsync(Guid zaakId, Func<Task> act)
    {
        var before = (await ZaakAsync(zaakId)).GetRawText();
        var rowsBefore = await fixture.CountAsync("SELECT count(*) FROM leerplicht.meldingen WHERE entiteit_id = @p", zaakId);
        var eventsBefore = (await fixture.Events.ForAsync(zaakId)).Count;
        await act();
        Assert.Equal(before, (await ZaakAsync(zaakId)).GetRawText());
        Assert.Equal(rowsBefore, await fixture.CountAsync("SELECT count(*) FROM leerplicht.meldingen WHERE entiteit_id = @p", zaakId));
        Assert.Equal(eventsBefore, (await fixture.Events.ForAsync(zaakId)).Count);
    }

    [Fact]
    public async Task Correcting_a_report_publishes_ThuiszitterGemeld_that_corrects_the_first_and_updates_the_case()
    {
        var zaak = await MeldAsync();
        var correctieId = Guid.NewGuid();

        await PostAcceptedAsync(zaak.ZaakId, "correcties", new
        {
            meldingId = correctieId,
            gecorrigeerdeMeldingId = zaak.MeldingId,
            casusReferentie = "GECORRIGEERD-1",
            gemeente = "GM0106",
            soortVerzuim = "absoluut",
            startdatum = "2026-01-20",
        });

        var originalEvent = await EventIdOfMeldingAsync(zaak.MeldingId);
        var correctie = await EventAsync(zaak.ZaakId, "ThuiszitterGemeld");
        Assert.Equal(originalEvent, correctie.Corrigeert);
        Assert.Equal(await EventIdOfMeldingAsync(correctieId), correctie.EventId);
        Assert.Equal("2026-01-20", correctie.Body.GetProperty("startdatum").GetString());

        var gelezen = await ZaakAsync(zaak.ZaakId);
        Assert.Equal("GECORRIGEERD-1", gelezen.GetProperty("casusReferentie").GetString());
        Assert.Equal("GM0106", gelezen.GetProperty("gemeente").GetString());
        Assert.Equal("absoluut", gelezen.GetProperty("soortVerzuim").GetString());
        Assert.Equal(JsonValueKind.Null, gelezen.GetProperty("brin").ValueKind);
        Assert.Equal("2026-01-20", gelezen.GetProperty("startdatum").GetString());
        var meldingen = gelezen.GetProperty("meldingen").EnumerateArray().ToArray();
        Assert.Equal(2, meldingen.Length);
        Assert.Equal(correctieId, meldingen[0].GetProperty("gecorrigeerdDoor").GetGuid());
        Assert.Equal(zaak.MeldingId, meldingen[1].GetProperty("corrigeert").GetGuid());
        Assert.Equal("gemeld", meldingen[1].GetProperty("soort").GetString());
    }

    [Fact]
    public async Task Correcting_a_closing_publishes_ThuiszitterBeeindigd_that_corrects_it_and_a_second_correction_must_name_the_newest()
    {
        var zaak = await MeldAsync();
        var closing = await BeeindigAsync(zaak.ZaakId);
        var eerste = Guid.NewGuid();

        await PostAcceptedAsync(zaak.ZaakId, "correcties",
            new { meldingId = eerste, gecorrigeerdeMeldingId = closing, einddatum = "2026-03-10", uitkomst = "vrijstelling" });

        var gecorrigeerd = await EventAsync(zaak.ZaakId, "ThuiszitterBeeindigd");
        Assert.Equal(await EventIdOfMeldingAsync(closing), gecorrigeerd.Corrigeert);
        var gelezen = await ZaakAsync(zaak.ZaakId);
        Assert.Equal("2026-03-10", gelezen.GetProperty("einddatum").GetString());
        Assert.Equal("vrijstelling", gelezen.GetProperty("uitkomst").GetString());

        // The original is replaced already: a second correction of it is a conflict naming the newest version.
        var stale = await Client.PostAsJsonAsync($"/v1/thuiszitters/{zaak.ZaakId}/correcties",
            new { meldingId = Guid.NewGuid(), gecorrigeerdeMeldingId = closing, einddatum = "2026-03-11", uitkomst = "zorgaanbod" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains(eerste.ToString(), (await stale.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString());

        await PostAcceptedAsync(zaak.ZaakId, "correcties",
            new { meldingId = Guid.NewGuid(), gecorrigeerdeMeldingId = eerste, einddatum = "2026-03-11", uitkomst = "zorgaanbod" });
        Assert.Equal(await EventIdOfMeldingAsync(eerste), (await EventAsync(zaak.ZaakId, "ThuiszitterBeeindigd")).Corrigeert);
        Assert.Equal("2026-03-11", (await ZaakAsync(zaak.ZaakId)).GetProperty("einddatum").GetString());
    }

    [Fact]
    public async Task A_repeated_correction_gets_the_same_answer_and_publishes_once()
    {
        var zaak = await MeldAsync();
        var closing = await BeeindigAsync(zaak.ZaakId);
        var body = new { meldingId = Guid.NewGuid(), gecorrigeerdeMeldingId = closing, einddatum = "2026-03-10", uitkomst = "vrijstelling" };

        var first = await Client.PostAsJsonAsync($"/v1/thuiszitters/{zaak.ZaakId}/correcties", body, Ct);
        var second = await Client.PostAsJsonAsync($"/v1/thuiszitters/{zaak.ZaakId}/correcties", body, Ct);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(Ct), await second.Content.ReadAsStringAsync(Ct));
        Assert.Single(await fixture.Events.ForAsync(zaak.ZaakId), e => e.Corrigeert is not null);
    }

    /// <summary>
    /// A sender who got no answer sends the same melding again. The first send already moved or withdrew the case, so
    /// judged against the case as it is now the resend would be refused; it gets the stored answer instead (found by the fault suite).
    /// </summary>
    [Theory]
    [InlineData("overdrachten")]
    [InlineData("intrekkingen")]
    [InlineData("correcties")]
    public async Task A_resend_after_the_first_send_changed_the_case_gets_the_stored_answer_and_publishes_once(string resource)
    {
        var zaak = await MeldAsync(gemeente: "GM1730");
        object body = resource switch
        {
            "overdrachten" => new { meldingId = Guid.NewGuid(), naarGemeente = "GM0106", overdrachtsdatum = "2026-03-15" },
            "intrekkingen" => new { meldingId = Guid.NewGuid(), ingetrokkenMeldingId = zaak.MeldingId, reden = "Per vergissing gemeld." },
            _ => new
            {
                meldingId = Guid.NewGuid(), gecorrigeerdeMeldingId = zaak.MeldingId, casusReferentie = NewReferentie(), gemeente = "GM1730",
                brin = "12AB", soortVerzuim = "langdurig-relatief", startdatum = "2026-02-03",
            },
        };

        // As Tynaarlo both times: after a transfer the case is Assen's, and the resend is still Tynaarlo's melding.
        var tynaarlo = fixture.Als(TestGebruiker.Leerplicht("GM1730"));
        var first = await tynaarlo.PostAsJsonAsync($"/v1/thuiszitters/{zaak.ZaakId}/{resource}", body, Ct);
        var resend = await tynaarlo.PostAsJsonAsync($"/v1/thuiszitters/{zaak.ZaakId}/{resource}", body, Ct);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.True(resend.StatusCode == HttpStatusCode.Accepted, $"{resend.StatusCode} {await resend.Content.ReadAsStringAsync(Ct)}");
        Assert.Equal(await first.Content.ReadAsStringAsync(Ct), await resend.Content.ReadAsStringAsync(Ct));
        Assert.Equal(2, (await fixture.Events.ForAsync(zaak.ZaakId)).Count);
    }

    [Fact]
    public async Task An_invalid_correction_is_400_listing_every_wrong_field_and_changes_nothing()
    {
        var zaak = await MeldAsync();
        await AssertUnchangedAsync(zaak.ZaakId, async () =>
        {
            var response = await Client.PostAsJsonAsync($"/v1/thuiszitters/{zaak.ZaakId}/correcties", new
            {
                meldingId = 42,
                gecorrigeerdeMeldingId = zaak.MeldingId,
                casusReferentie = "",
                gemeente = "GM0363",
                brin = "12AB",
                soortVerzuim = "soms",
                startdatum = "2999-01-01",
            }, Ct);
            await AssertInvalidAsync(response, "meldingId", "casusReferentie", "gemeente", "soortVerzuim", "startdatum");
        });

        // A melding of another case, and a closing's fields for a report: the reference is the wrong field.
        var ander = await MeldAsync();
        await AssertUnchangedAsync(zaak.ZaakId, async () =>
        {
            var response = await Client.PostAsJsonAsync($"/v1/thuiszitters/{zaak.ZaakId}/correcties",
                new { meldingId = Guid.NewGuid(), gecorrigeerdeMeldingId = ander.MeldingId, einddatum = "2026-03-01", uitkomst = "zorgaanbod" }, Ct);
            var problem = await AssertInvalidAsync(response, "gecorrigeerdeMeldingId");
            Assert.Contains("hoort niet bij", problem.GetProperty("errors").GetProperty("gecorrigeerdeMeldingId")[0].GetString());
        });

        // A closing's correction with an einddatum before the startdatum and an unknown outcome.
        var closing = await BeeindigAsync(zaak.ZaakId);
        await AssertUnchangedAsync(zaak.ZaakId, async () =>
        {
            var response = await Client.PostAsJsonAsync($"/v1/thuiszitters/{zaak.ZaakId}/correcties",
                new { meldingId = Guid.NewGuid(), gecorrigeerdeMeldingId = closing, einddatum = "2026-01-01", uitkomst = "weg" }, Ct);
            await AssertInvalidAsync(response, "einddatum", "uitkomst");
        });
    }

    [Fact]
    public async Task A_field_no_request_record_names_is_refused_in_a_report_a_correction_and_a_withdrawal_and_changes_nothing()
    {
        var before = await fixture.CountAsync("SELECT count(*) FROM leerplicht.meldingen");
        var report = await Client.PostAsJsonAsync("/v1/thuiszitters", new
        {
            meldingId = Guid.NewGuid(), casusReferentie = NewReferentie(), gemeente = "GM1730", soortVerzuim = "absoluut",
            startdatum = "2026-02-02", naamLeerling = "Piet", bsn = "111222333",
        }, Ct);
        var problem = await AssertInvalidAsync(report, "naamLeerling", "bsn");
        Assert.Contains("Onbekend veld", problem.GetProperty("errors").GetProperty("bsn")[0].GetString());
        Assert.Equal(before, await fixture.CountAsync("SELECT count(*) FROM leerplicht.meldingen"));

        var zaak = await MeldAsync();
        await AssertUnchangedAsync(zaak.ZaakId, async () =>
        {
            // A correction may carry every field of ThuiszitterCorrectie, but nothing else.
            await AssertInvalidAsync(await Client.PostAsJsonAsync($"/v1/thuiszitters/{zaak.ZaakId}/correcties", new
            {
                meldingId = Guid.NewGuid(), gecorrigeerdeMeldingId = zaak.MeldingId, casusReferentie = NewReferentie(), gemeente = "GM1730",
                brin = "12AB", soortVerzuim = "langdurig-relatief", startdatum = "2026-02-02", geboortedatum = "2014-05-01",
            }, Ct), "geboortedatum");
            await AssertInvalidAsync(await Client.PostAsJsonAsync($"/v1/thuiszitters/{zaak.ZaakId}/intrekkingen", new
            {
                meldingId = Guid.NewGuid(), ingetrokkenMeldingId = zaak.MeldingId, reden = "Dubbel gemeld.", naam = "Piet",
            }, Ct), "naam");
        });
    }

    [Fact]
    public async Task Correcting_or_withdrawing_for_an_unknown_case_is_404()
    {
        var correctie = await Client.PostAsJsonAsync($"/v1/thuiszitters/{Guid.NewGuid()}/correcties",
            new { meldingId = Guid.NewGuid(), gecorrigeerdeMeldingId = Guid.NewGuid(), einddatum = "2026-03-01", uitkomst = "zorgaanbod" }, Ct);
        var intrekking = await Client.PostAsJsonAsync($"/v1/thuiszitters/{Guid.NewGuid()}/intrekkingen",
            new { meldingId = Guid.NewGuid(), ingetrokkenMeldingId = Guid.NewGuid(), reden = "Fout." }, Ct);
        var overdracht = await Client.PostAsJsonAsync($"/v1/thuiszitters/{Guid.NewGuid()}/overdrachten",
            new { meldingId = Guid.NewGuid(), naarGemeente = "GM0106", overdrachtsdatum = "2026-03-01" }, Ct);

        Assert.Equal(HttpStatusCode.NotFound, correctie.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, intrekking.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, overdracht.StatusCode);
    }

    [Fact]
    public async Task Withdrawing_a_closing_reopens_the_case_and_publishes_MeldingIngetrokken_naming_the_closing()
    {
        var zaak = await MeldAsync();
        var closing = await BeeindigAsync(zaak.ZaakId);
        var intrekkingId = Guid.NewGuid();

        await PostAcceptedAsync(zaak.ZaakId, "intrekkingen",
            new { meldingId = intrekkingId, ingetrokkenMeldingId = closing, reden = "Aanbod ging niet door." });

        var ingetrokken = await EventAsync(zaak.ZaakId, "MeldingIngetrokken");
        Assert.Equal(await EventIdOfMeldingAsync(closing), ingetrokken.Body.GetProperty("ingetrokkenEventId").GetGuid());
        Assert.Equal("Aanbod ging niet door.", ingetrokken.Body.GetProperty("reden").GetString());
        var gelezen = await ZaakAsync(zaak.ZaakId);
        Assert.Equal(JsonValueKind.Null, gelezen.GetProperty("einddatum").ValueKind);
        Assert.Equal(JsonValueKind.Null, gelezen.GetProperty("uitkomst").ValueKind);
        var meldingen = gelezen.GetProperty("meldingen").EnumerateArray().ToArray();
        Assert.Equal(["gemeld", "beeindigd", "ingetrokken"], meldingen.Select(m => m.GetProperty("soort").GetString()));
        Assert.Equal(intrekkingId, meldingen[1].GetProperty("ingetrokkenDoor").GetGuid());
        Assert.Equal(closing, meldingen[2].GetProperty("trektIn").GetGuid());

        // Reopened: it can be closed again, and the withdrawn closing cannot be withdrawn or corrected again.
        await BeeindigAsync(zaak.ZaakId, "2026-04-01", "terug-naar-school");
        var again = await Client.PostAsJsonAsync($"/v1/thuiszitters/{zaak.ZaakId}/intrekkingen",
            new { meldingId = Guid.NewGuid(), ingetrokkenMeldingId = closing, reden = "Nog eens." }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Withdrawing_the_report_withdraws_the_case_which_then_cannot_be_closed_or_transferred_and_leaves_the_worklist()
    {
        var zaak = await MeldAsync(gemeente: "GM1680");

        await PostAcceptedAsync(zaak.ZaakId, "intrekkingen", new { meldingId = Guid.NewGuid(), ingetrokkenMeldingId = zaak.MeldingId, reden = "Dubbel gemeld." });

        Assert.True((await ZaakAsync(zaak.ZaakId)).GetProperty("ingetrokken").GetBoolean());
        var closing = await Client.PostAsJsonAsync($"/v1/thuiszitters/{zaak.ZaakId}/beeindiging",
            new { meldingId = Guid.NewGuid(), einddatum = "2026-03-01", uitkomst = "zorgaanbod" }, Ct);
        var transfer = await Client.PostAsJsonAsync($"/v1/thuiszitters/{zaak.ZaakId}/overdrachten",
            new { meldingId = Guid.NewGuid(), naarGemeente = "GM0106", overdrachtsdatum = "2026-03-01" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, closing.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, transfer.StatusCode);
        var lijst = await Client.GetFromJsonAsync<JsonElement>("/v1/thuiszitters?gemeente=GM1680&peildatum=2026-06-01", Ct);
        Assert.DoesNotContain(lijst.GetProperty("thuiszitters").EnumerateArray(), t => t.GetProperty("id").GetGuid() == zaak.ZaakId);
    }

    [Fact]
    public async Task An_invalid_withdrawal_is_400_listing_every_wrong_field_and_changes_nothing()
    {
        var zaak = await MeldAsync();
        await AssertUnchangedAsync(zaak.ZaakId, async () =>
        {
            var response = await Client.PostAsJsonAsync($"/v1/thuiszitters/{zaak.ZaakId}/intrekkingen",
                new { meldingId = "geen-uuid", ingetrokkenMeldingId = true, reden = new string('x', 501) }, Ct);
            await AssertInvalidAsync(response, "meldingId", "ingetrokkenMeldingId", "reden");
        });
        await AssertUnchangedAsync(zaak.ZaakId, async () =>
        {
            var response = await Client.PostAsJsonAsync($"/v1/thuiszitters/{zaak.ZaakId}/intrekkingen",
                new { meldingId = Guid.NewGuid(), ingetrokkenMeldingId = Guid.NewGuid() }, Ct);
            await AssertInvalidAsync(response, "ingetrokkenMeldingId", "reden");
        });
    }

    [Fact]
    public async Task A_transfer_keeps_the_startdatum_moves_the_case_and_publishes_ThuiszitterOvergedragen()
    {
        var zaak = await MeldAsync(startdatum: "2026-02-02", gemeente: "GM1730");
        var overdrachtId = Guid.NewGuid();

        await PostAcceptedAsync(zaak.ZaakId, "overdrachten", new { meldingId = overdrachtId, naarGemeente = "GM0106", overdrachtsdatum = "2026-03-15" });

        var gelezen = await ZaakAsync(zaak.ZaakId);
        Assert.Equal("GM0106", gelezen.GetProperty("gemeente").GetString());
        Assert.Equal("GM1730", gelezen.GetProperty("gemeenteBijMelding").GetString());
        Assert.Equal("2026-02-02", gelezen.GetProperty("startdatum").GetString());
        var overgedragen = await EventAsync(zaak.ZaakId, "ThuiszitterOvergedragen");
        Assert.Equal("GM1730", overgedragen.Body.GetProperty("vanGemeente").GetString());
        Assert.Equal("GM0106", overgedragen.Body.GetProperty("naarGemeente").GetString());
        Assert.Equal("2026-03-15", overgedragen.Body.GetProperty("overdrachtsdatum").GetString());

        // The worklists follow: the new municipality has it, the old one not.
        var assen = await Client.GetFromJsonAsync<JsonElement>("/v1/thuiszitters?gemeente=GM0106&peildatum=2026-04-01", Ct);
        var tynaarlo = await Client.GetFromJsonAsync<JsonElement>("/v1/thuiszitters?gemeente=GM1730&peildatum=2026-04-01", Ct);
        Assert.Contains(assen.GetProperty("thuiszitters").EnumerateArray(), t => t.GetProperty("id").GetGuid() == zaak.ZaakId);
        Assert.DoesNotContain(tynaarlo.GetProperty("thuiszitters").EnumerateArray(), t => t.GetProperty("id").GetGuid() == zaak.ZaakId);

        // Correcting the transfer changes where it went; withdrawing it moves the case back.
        var correctieId = Guid.NewGuid();
        await PostAcceptedAsync(zaak.ZaakId, "correcties",
            new { meldingId = correctieId, gecorrigeerdeMeldingId = overdrachtId, naarGemeente = "GM1731", overdrachtsdatum = "2026-03-16" });
        var gecorrigeerd = await ZaakAsync(zaak.ZaakId);
        Assert.Equal("GM1731", gecorrigeerd.GetProperty("gemeente").GetString());
        Assert.Equal("GM1730", gecorrigeerd.GetProperty("gemeenteBijMelding").GetString());
        Assert.Equal(await EventIdOfMeldingAsync(overdrachtId), (await EventAsync(zaak.ZaakId, "ThuiszitterOvergedragen")).Corrigeert);
        await PostAcceptedAsync(zaak.ZaakId, "intrekkingen", new { meldingId = Guid.NewGuid(), ingetrokkenMeldingId = correctieId, reden = "Niet verhuisd." });
        var teruggezet = await ZaakAsync(zaak.ZaakId);
        Assert.Equal("GM1730", teruggezet.GetProperty("gemeente").GetString());
        Assert.Equal("GM1730", teruggezet.GetProperty("gemeenteBijMelding").GetString());
    }

    [Fact]
    public async Task A_closed_case_cannot_be_transferred()
    {
        var zaak = await MeldAsync();
        await BeeindigAsync(zaak.ZaakId);

        await AssertUnchangedAsync(zaak.ZaakId, async () =>
        {
            var response = await Client.PostAsJsonAsync($"/v1/thuiszitters/{zaak.ZaakId}/overdrachten",
                new { meldingId = Guid.NewGuid(), naarGemeente = "GM0106", overdrachtsdatum = "2026-03-15" }, Ct);
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            Assert.Contains("alleen een open zaak", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString());
        });
    }

    [Fact]
    public async Task An_invalid_transfer_is_400_listing_every_wrong_field_says_a_move_out_of_the_region_is_a_closing_and_changes_nothing()
    {
        var zaak = await MeldAsync(startdatum: "2026-02-02", gemeente: "GM1730");
        await AssertUnchangedAsync(zaak.ZaakId, async () =>
        {
            var response = await Client.PostAsJsonAsync($"/v1/thuiszitters/{zaak.ZaakId}/overdrachten",
                new { naarGemeente = "GM0014", overdrachtsdatum = "2026-01-01" }, Ct);
            var problem = await AssertInvalidAsync(response, "meldingId", "naarGemeente", "overdrachtsdatum");
            Assert.Contains("verhuisd", problem.GetProperty("detail").GetString());
        });
        await AssertUnchangedAsync(zaak.ZaakId, async () =>
        {
            var response = await Client.PostAsJsonAsync($"/v1/thuiszitters/{zaak.ZaakId}/overdrachten",
                new { meldingId = Guid.NewGuid(), naarGemeente = "GM1730", overdrachtsdatum = "2999-01-01" }, Ct);
            await AssertInvalidAsync(response, "naarGemeente", "overdrachtsdatum");
        });
    }

    [Fact]
    public async Task The_worklist_puts_overdue_cases_first_then_the_oldest_with_ages_at_the_peildatum()
    {
        var gemeente = "GM1731";
        var jan15 = await MeldAsync("2026-01-15", gemeente);
        var jan31 = await MeldAsync("2026-01-31", gemeente);
        var feb10 = await MeldAsync("2026-02-10", gemeente);
        var mar01 = await MeldAsync("2026-03-01", gemeente);
        var closed = await MeldAsync("2026-01-10", gemeente);
        await BeeindigAsync(closed.ZaakId, "2026-04-01");
        Guid[] ours = [jan15.ZaakId, jan31.ZaakId, feb10.ZaakId, mar01.ZaakId, closed.ZaakId];

        async Task<JsonElement[]> ListAsync(string peildatum)
        {
            var lijst = await Client.GetFromJsonAsync<JsonElement>($"/v1/thuiszitters?gemeente={gemeente}&peildatum={peildatum}", Ct);
            Assert.Equal(peildatum, lijst.GetProperty("peildatum").GetString());
            return [.. lijst.GetProperty("thuiszitters").EnumerateArray().Where(t => ours.Contains(t.GetProperty("id").GetGuid()))];
        }

        // 30 April: 31 January + 3 months = 30 April, so that case is not yet longer than three months.
        var april30 = await ListAsync("2026-04-30");
        Assert.Equal([jan15.ZaakId, jan31.ZaakId, feb10.ZaakId, mar01.ZaakId], april30.Select(t => t.GetProperty("id").GetGuid()));
        Assert.Equal([true, false, false, false], april30.Select(t => t.GetProperty("langerDanDrieMaanden").GetBoolean()));
        Assert.Equal([105, 89, 79, 60], april30.Select(t => t.GetProperty("leeftijdInDagen").GetInt32()));
        Assert.Equal(["2026-04-16", "2026-05-01", "2026-05-11", "2026-06-02"], april30.Select(t => t.GetProperty("termijndatum").GetString()));

        // 1 May: now it is; overdue first, then oldest first.
        var may1 = await ListAsync("2026-05-01");
        Assert.Equal([jan15.ZaakId, jan31.ZaakId, feb10.ZaakId, mar01.ZaakId], may1.Select(t => t.GetProperty("id").GetGuid()));
        Assert.Equal([true, true, false, false], may1.Select(t => t.GetProperty("langerDanDrieMaanden").GetBoolean()));

        // Before its closing the closed case was open, and the oldest, so it leads the list on 31 March.
        var march31 = await ListAsync("2026-03-31");
        Assert.Equal(closed.ZaakId, march31[0].GetProperty("id").GetGuid());
        Assert.Equal(80, march31[0].GetProperty("leeftijdInDagen").GetInt32());
    }

    [Fact]
    public async Task The_worklist_without_a_valid_gemeente_or_peildatum_is_400_naming_each()
    {
        await AssertInvalidAsync(await Client.GetAsync("/v1/thuiszitters?gemeente=XX&peildatum=1-5-2026", Ct), "gemeente", "peildatum");
        await AssertInvalidAsync(await Client.GetAsync("/v1/thuiszitters?gemeente=GM0363", Ct), "gemeente");
        // A date outside the range every service accepts, with the gemeente taken from the token.
        await AssertInvalidAsync(await Client.GetAsync("/v1/thuiszitters?peildatum=2999-12-31", Ct), "peildatum");
        await AssertInvalidAsync(await Client.GetAsync("/v1/thuiszitters?peildatum=0001-01-01", Ct), "peildatum");
    }

    [Fact]
    public async Task The_openapi_document_describes_every_new_operation_with_a_400()
    {
        var document = await Client.GetFromJsonAsync<JsonElement>("/v1/openapi.json", Ct);
        var paths = document.GetProperty("paths");

        foreach (var (path, method) in new[]
        {
            ("/thuiszitters", "get"),
            ("/thuiszitters/{id}/correcties", "post"),
            ("/thuiszitters/{id}/intrekkingen", "post"),
            ("/thuiszitters/{id}/overdrachten", "post"),
        })
        {
            var responses = paths.GetProperty(path).GetProperty(method).GetProperty("responses");
            Assert.True(responses.TryGetProperty("400", out _), $"{method} {path} documents no 400.");
        }
    }
}

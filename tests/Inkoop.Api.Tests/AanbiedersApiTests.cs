using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Inkoop.Api.Tests.Inkoop;

namespace Inkoop.Api.Tests;

/// <summary>/v1/aanbieders against real PostgreSQL and RabbitMQ.</summary>
public sealed class AanbiedersApiTests(InkoopApiFixture fixture)
{
    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task Registering_a_provider_answers_202_with_its_location_and_publishes_AanbiederGeregistreerd_once()
    {
        var response = await Client.PostAsJsonAsync("/v1/aanbieders", new { meldingId = Guid.NewGuid(), naam = "  De Zorgboog  ", kvkNummer = "87654321" }, Ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Json()).GetProperty("aanbiederId").GetGuid();
        Assert.Equal($"/v1/aanbieders/{id}", response.Headers.Location?.OriginalString);
        var published = Assert.Single(await fixture.Events.ForAsync(id));
        Assert.Equal("AanbiederGeregistreerd", published.Type);
        Assert.Equal(published.EventId, published.MessageId);
        Assert.Equal("De Zorgboog", published.Body.GetProperty("naam").GetString());
        Assert.Equal("87654321", published.Body.GetProperty("kvkNummer").GetString());
        Assert.Equal("Inkoop jeugdhulp NMD", published.Body.GetProperty("meldendeOrganisatie").GetString());

        var aanbieder = await Client.GetFromJsonAsync<JsonElement>($"/v1/aanbieders/{id}", Ct);
        Assert.Equal("De Zorgboog", aanbieder.GetProperty("naam").GetString());
        Assert.Single(aanbieder.GetProperty("meldingen").EnumerateArray());
        var lijst = await Client.GetFromJsonAsync<JsonElement>("/v1/aanbieders", Ct);
        Assert.Contains(lijst.EnumerateArray(), a => a.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task A_registration_with_several_wrong_fields_names_every_field_and_changes_nothing()
    {
        var before = await fixture.StandAsync();

        var response = await Client.PostAsJsonAsync("/v1/aanbieders", new { meldingId = 42, naam = new string('x', 201), kvkNummer = "1234" }, Ct);

        Assert.Equal(["kvkNummer", "meldingId", "naam"], (await response.InvalidParams()).Order());
        Assert.Equal(before, await fixture.StandAsync());
    }

    [Fact]
    public async Task A_field_the_request_record_does_not_name_is_refused_and_nothing_is_stored()
    {
        var before = await fixture.StandAsync();

        var response = await Client.PostAsJsonAsync("/v1/aanbieders",
            new { meldingId = Guid.NewGuid(), naam = "Extra BV", kvkNummer = "12345678", contactpersoon = "J. de Vries" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["contactpersoon"], await response.InvalidParams());
        Assert.Equal(before, await fixture.StandAsync());
    }

    [Fact]
    public async Task The_same_meldingId_again_gets_the_same_answer_and_no_second_event()
    {
        var meldingId = Guid.NewGuid();
        var first = await Client.RegistreerAanbieder("Herhaald BV", meldingId);
        var second = await Client.RegistreerAanbieder("Herhaald BV", meldingId);

        Assert.Equal(first, second);
        Assert.Single(await fixture.Events.ForAsync(first));
        Assert.Equal(1, await fixture.CountAsync("SELECT count(*) FROM inkoop.meldingen WHERE melding_id = @p", meldingId));
    }

    [Fact]
    public async Task The_same_meldingId_with_another_body_is_a_409_and_changes_nothing()
    {
        var meldingId = Guid.NewGuid();
        var first = await Client.RegistreerAanbieder("Eerste BV", meldingId);

        var other = await Client.PostAsJsonAsync("/v1/aanbieders", new { meldingId, naam = "Andere BV", kvkNummer = "87654321" }, Ct);

        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
        Assert.Contains("andere inhoud", (await other.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString());
        Assert.Equal("Eerste BV", (await Client.GetFromJsonAsync<JsonElement>($"/v1/aanbieders/{first}", Ct)).GetProperty("naam").GetString());
        Assert.Single(await fixture.Events.ForAsync(first));
    }

    [Fact]
    public async Task An_unknown_provider_is_404_to_read_correct_and_withdraw()
    {
        var id = Guid.NewGuid();
        var get = await Client.GetAsync($"/v1/aanbieders/{id}", Ct);
        var correctie = await Client.PostAsJsonAsync($"/v1/aanbieders/{id}/correcties",
            new { meldingId = Guid.NewGuid(), gecorrigeerdeMeldingId = Guid.NewGuid(), naam = "X" }, Ct);
        var intrekking = await Client.PostAsJsonAsync($"/v1/aanbieders/{id}/intrekkingen",
            new { meldingId = Guid.NewGuid(), ingetrokkenMeldingId = Guid.NewGuid(), reden = "Fout" }, Ct);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, correctie.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, intrekking.StatusCode);
    }

    [Fact]
    public async Task A_contract_id_is_no_provider_id_so_correcting_it_as_a_provider_is_404_and_changes_nothing()
    {
        var melding = Guid.NewGuid();
        var contract = await Client.MeldContract(Contract(await Client.RegistreerAanbieder(), meldingId: melding));
        var before = await fixture.StandAsync();

        var response = await Client.PostAsJsonAsync($"/v1/aanbieders/{contract}/correcties",
            new { meldingId = Guid.NewGuid(), gecorrigeerdeMeldingId = melding, naam = "X" }, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/v1/aanbieders/{contract}", Ct)).StatusCode);
        Assert.Equal(before, await fixture.StandAsync());
    }

    [Fact]
    public async Task A_correction_republishes_AanbiederGeregistreerd_naming_the_corrected_event_and_changes_the_name()
    {
        var registratie = Guid.NewGuid();
        var id = await Client.RegistreerAanbieder("Zorgbog", registratie);

        var response = await Client.PostAsJsonAsync($"/v1/aanbieders/{id}/correcties",
            new { meldingId = Guid.NewGuid(), gecorrigeerdeMeldingId = registratie, naam = "Zorgboog" }, Ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var events = await fixture.Events.ForAsync(id);
        Assert.Equal(2, events.Count);
        Assert.Equal(events[0].EventId, events[1].Body.GetProperty("corrigeert").GetGuid());
        Assert.Equal("Zorgboog", events[1].Body.GetProperty("naam").GetString());
        var aanbieder = await Client.GetFromJsonAsync<JsonElement>($"/v1/aanbieders/{id}", Ct);
        Assert.Equal("Zorgboog", aanbieder.GetProperty("naam").GetString());

        var again = await Client.PostAsJsonAsync($"/v1/aanbieders/{id}/correcties",
            new { meldingId = Guid.NewGuid(), gecorrigeerdeMeldingId = registratie, naam = "Zorgboog 2" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task A_correction_with_several_wrong_fields_names_every_field_and_changes_nothing()
    {
        var id = await Client.RegistreerAanbieder();
        var before = await fixture.StandAsync();

        var response = await Client.PostAsJsonAsync($"/v1/aanbieders/{id}/correcties",
            new { meldingId = "geen-uuid", gecorrigeerdeMeldingId = 7, naam = "", kvkNummer = 12345678 }, Ct);

        Assert.Equal(["gecorrigeerdeMeldingId", "kvkNummer", "meldingId", "naam"], (await response.InvalidParams()).Order());
        Assert.Equal(before, await fixture.StandAsync());
    }

    [Fact]
    public async Task Withdrawing_the_registration_publishes_MeldingIngetrokken_and_removes_the_provider_from_the_list()
    {
        var registratie = Guid.NewGuid();
        var id = await Client.RegistreerAanbieder("Verkeerd ingevoerd", registratie);

        var response = await Client.PostAsJsonAsync($"/v1/aanbieders/{id}/intrekkingen",
            new { meldingId = Guid.NewGuid(), ingetrokkenMeldingId = registratie, reden = "Dubbel ingevoerd" }, Ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var events = await fixture.Events.ForAsync(id);
        Assert.Equal(["AanbiederGeregistreerd", "MeldingIngetrokken"], events.Select(e => e.Type));
        Assert.Equal(events[0].EventId, events[1].Body.GetProperty("ingetrokkenEventId").GetGuid());
        Assert.Equal("Dubbel ingevoerd", events[1].Body.GetProperty("reden").GetString());
        var lijst = await Client.GetFromJsonAsync<JsonElement>("/v1/aanbieders", Ct);
        Assert.DoesNotContain(lijst.EnumerateArray(), a => a.GetProperty("id").GetGuid() == id);
        Assert.True((await Client.GetFromJsonAsync<JsonElement>($"/v1/aanbieders/{id}", Ct)).GetProperty("ingetrokken").GetBoolean());

        var twice = await Client.PostAsJsonAsync($"/v1/aanbieders/{id}/intrekkingen",
            new { meldingId = Guid.NewGuid(), ingetrokkenMeldingId = registratie, reden = "Nogmaals" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
    }

    [Fact]
    public async Task A_withdrawal_with_several_wrong_fields_and_a_bad_id_names_every_field_and_changes_nothing()
    {
        var before = await fixture.StandAsync();

        var response = await Client.PostAsJsonAsync("/v1/aanbieders/geen-id/intrekkingen",
            new { meldingId = true, ingetrokkenMeldingId = "x", reden = new string('r', 501) }, Ct);

        Assert.Equal(["id", "ingetrokkenMeldingId", "meldingId", "reden"], (await response.InvalidParams()).Order());
        Assert.Equal(before, await fixture.StandAsync());
    }
}

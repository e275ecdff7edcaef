using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Inkoop.Api.Tests.Inkoop;

namespace Inkoop.Api.Tests;

/// <summary>/v1/contracten against real PostgreSQL and RabbitMQ.</summary>
public sealed class ContractenApiTests(InkoopApiFixture fixture)
{
    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task A_contract_publishes_ContractGesloten_once_with_the_providers_name_and_the_municipality_as_reporter()
    {
        var aanbieder = await Client.RegistreerAanbieder("Kinderpraktijk Assen");
        var scholen = Register.ScholenIn(Assen)[..2];

        var response = await Client.PostAsJsonAsync("/v1/contracten", Contract(aanbieder, scholen: scholen, einddatum: "2027-01-01"), Ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Json()).GetProperty("contractId").GetGuid();
        Assert.Equal($"/v1/contracten/{id}", response.Headers.Location?.OriginalString);
        var published = Assert.Single(await fixture.Events.ForAsync(id));
        Assert.Equal("ContractGesloten", published.Type);
        Assert.Equal(published.EventId, published.MessageId);
        var body = published.Body;
        Assert.Equal("Kinderpraktijk Assen", body.GetProperty("aanbiederNaam").GetString());
        Assert.Equal(aanbieder, body.GetProperty("aanbiederId").GetGuid());
        Assert.Equal("Gemeente Assen", body.GetProperty("meldendeOrganisatie").GetString());
        Assert.Equal(Assen, body.GetProperty("contractant").GetProperty("gemeente").GetString());
        Assert.Equal("2027-01-01", body.GetProperty("einddatum").GetString());
        Assert.Equal(scholen, body.GetProperty("bediening").GetProperty("scholen").EnumerateArray().Select(s => s.GetString()!));

        var contract = await Client.GetFromJsonAsync<JsonElement>($"/v1/contracten/{id}", Ct);
        Assert.Equal("jeugdwet", contract.GetProperty("kader").GetString());
        Assert.Single(contract.GetProperty("meldingen").EnumerateArray());
    }

    [Fact]
    public async Task The_list_for_a_municipality_holds_its_own_and_the_subregions_contracts_only()
    {
        var aanbieder = await Client.RegistreerAanbieder();
        var assen = await Client.MeldContract(Contract(aanbieder, contractant: Assen));
        var subregio = await Client.MeldContract(Contract(aanbieder, contractant: "subregio", heleGemeente: true));

        var voorTynaarlo = await Client.GetFromJsonAsync<JsonElement>($"/v1/contracten?gemeente={Tynaarlo}", Ct);
        var voorAssen = await Client.GetFromJsonAsync<JsonElement>($"/v1/contracten?gemeente={Assen}", Ct);

        var tynaarloIds = voorTynaarlo.EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ToList();
        var assenIds = voorAssen.EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(subregio, tynaarloIds);
        Assert.DoesNotContain(assen, tynaarloIds);
        Assert.Contains(subregio, assenIds);
        Assert.Contains(assen, assenIds);
        Assert.Equal("Subregio Noord- en Midden-Drenthe",
            Assert.Single(await fixture.Events.ForAsync(subregio)).Body.GetProperty("meldendeOrganisatie").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.GetAsync("/v1/contracten?gemeente=GM0363", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_contract_with_several_wrong_fields_names_every_field_and_changes_nothing()
    {
        var before = await fixture.StandAsync();

        var response = await Client.PostAsJsonAsync("/v1/contracten", new
        {
            meldingId = 1,
            aanbiederId = Guid.NewGuid(),
            contractant = "GM0363",
            soort = "ggz",
            soortZorg = new string('z', 201),
            kader = "wlz",
            startdatum = "2026-13-01",
            einddatum = "1 januari",
            heleGemeente = "nee",
        }, Ct);

        Assert.Equal(["aanbiederId", "contractant", "einddatum", "heleGemeente", "kader", "meldingId", "soort", "soortZorg", "startdatum"],
            (await response.InvalidParams()).Order());
        Assert.Equal(before, await fixture.StandAsync());
    }

    [Fact]
    public async Task Schools_outside_the_contractants_municipality_unknown_or_listed_twice_are_each_named_and_nothing_changes()
    {
        var aanbieder = await Client.RegistreerAanbieder();
        var assen = Register.ScholenIn(Assen)[0];
        var tynaarlo = Register.ScholenIn(Tynaarlo)[0];
        var before = await fixture.StandAsync();

        var response = await Client.PostAsJsonAsync("/v1/contracten",
            Contract(aanbieder, scholen: [assen, "99ZZ", assen, "geen brin"], einddatum: "2025-12-31"), Ct);
        var buiten = await Client.PostAsJsonAsync("/v1/contracten", Contract(aanbieder, scholen: [assen, tynaarlo]), Ct);
        var leeg = await Client.PostAsJsonAsync("/v1/contracten", Contract(aanbieder, scholen: []), Ct);

        Assert.Equal(["einddatum", "scholen[1]", "scholen[2]", "scholen[3]"], (await response.InvalidParams()).Order());
        Assert.Equal(["scholen[1]"], await buiten.InvalidParams());
        Assert.Equal(["scholen"], await leeg.InvalidParams());
        Assert.Equal(before, await fixture.StandAsync());
    }

    [Fact]
    public async Task The_same_meldingId_again_gets_the_same_contract_and_no_second_event()
    {
        var aanbieder = await Client.RegistreerAanbieder();
        var contract = Contract(aanbieder);

        var first = await Client.MeldContract(contract);
        var second = await Client.MeldContract(contract);

        Assert.Equal(first, second);
        Assert.Single(await fixture.Events.ForAsync(first));
    }

    [Fact]
    public async Task Ending_a_contract_publishes_ContractBeeindigd_and_ending_it_again_is_409()
    {
        var contract = await Client.MeldContract(Contract(await Client.RegistreerAanbieder()));

        var end = await Client.PostAsJsonAsync($"/v1/contracten/{contract}/beeindiging", new { meldingId = Guid.NewGuid(), einddatum = "2026-07-01" }, Ct);
        var again = await Client.PostAsJsonAsync($"/v1/contracten/{contract}/beeindiging", new { meldingId = Guid.NewGuid(), einddatum = "2026-08-01" }, Ct);

        Assert.Equal(HttpStatusCode.Accepted, end.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var events = await fixture.Events.ForAsync(contract);
        Assert.Equal(["ContractGesloten", "ContractBeeindigd"], events.Select(e => e.Type));
        Assert.Equal("2026-07-01", events[1].Body.GetProperty("einddatum").GetString());
        var gelezen = await Client.GetFromJsonAsync<JsonElement>($"/v1/contracten/{contract}", Ct);
        Assert.True(gelezen.GetProperty("beeindigd").GetBoolean());
        Assert.Equal("2026-07-01", gelezen.GetProperty("einddatum").GetString());
    }

    [Fact]
    public async Task An_ending_with_several_wrong_fields_names_every_field_and_changes_nothing()
    {
        var contract = await Client.MeldContract(Contract(await Client.RegistreerAanbieder()));
        var before = await fixture.StandAsync();

        var response = await Client.PostAsJsonAsync($"/v1/contracten/{contract}/beeindiging", new { meldingId = "x", einddatum = "2026-01-01" }, Ct);
        var badId = await Client.PostAsJsonAsync("/v1/contracten/123/beeindiging", new { meldingId = "x", einddatum = 5 }, Ct);

        Assert.Equal(["einddatum", "meldingId"], (await response.InvalidParams()).Order());
        Assert.Equal(["einddatum", "id", "meldingId"], (await badId.InvalidParams()).Order());
        Assert.Equal(before, await fixture.StandAsync());
    }

    [Fact]
    public async Task An_unknown_contract_is_404_to_read_and_end()
    {
        var id = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/v1/contracten/{id}", Ct)).StatusCode);
        var end = await Client.PostAsJsonAsync($"/v1/contracten/{id}/beeindiging", new { meldingId = Guid.NewGuid(), einddatum = "2026-07-01" }, Ct);
        Assert.Equal(HttpStatusCode.NotFound, end.StatusCode);
    }

    [Fact]
    public async Task Correcting_a_contract_and_its_ending_republishes_each_event_type_naming_the_corrected_event()
    {
        var aanbieder = await Client.RegistreerAanbieder();
        var melding = Guid.NewGuid();
        var contract = await Client.MeldContract(Contract(aanbieder, meldingId: melding));
        var beeindiging = Guid.NewGuid();
        await Client.PostAsJsonAsync($"/v1/contracten/{contract}/beeindiging", new { meldingId = beeindiging, einddatum = "2026-07-01" }, Ct);

        var correctie = await Client.PostAsJsonAsync($"/v1/contracten/{contract}/correcties",
            WithCorrection(Contract(aanbieder, soortZorg: "Dyslexiezorg"), melding), Ct);
        var eindCorrectie = await Client.PostAsJsonAsync($"/v1/contracten/{contract}/correcties",
            new { meldingId = Guid.NewGuid(), gecorrigeerdeMeldingId = beeindiging, einddatum = "2026-09-01" }, Ct);

        Assert.Equal(HttpStatusCode.Accepted, correctie.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, eindCorrectie.StatusCode);
        var events = await fixture.Events.ForAsync(contract);
        Assert.Equal(["ContractGesloten", "ContractBeeindigd", "ContractGesloten", "ContractBeeindigd"], events.Select(e => e.Type));
        Assert.Equal(events[0].EventId, events[2].Body.GetProperty("corrigeert").GetGuid());
        Assert.Equal("Dyslexiezorg", events[2].Body.GetProperty("soortZorg").GetString());
        Assert.Equal(events[1].EventId, events[3].Body.GetProperty("corrigeert").GetGuid());
        var gelezen = await Client.GetFromJsonAsync<JsonElement>($"/v1/contracten/{contract}", Ct);
        Assert.Equal("Dyslexiezorg", gelezen.GetProperty("soortZorg").GetString());
        Assert.Equal("2026-09-01", gelezen.GetProperty("einddatum").GetString());
    }

    [Fact]
    public async Task A_contract_correction_is_validated_as_new_naming_every_wrong_field_and_changing_nothing()
    {
        var aanbieder = await Client.RegistreerAanbieder();
        var melding = Guid.NewGuid();
        var contract = await Client.MeldContract(Contract(aanbieder, meldingId: melding));
        var before = await fixture.StandAsync();

        var response = await Client.PostAsJsonAsync($"/v1/contracten/{contract}/correcties", new
        {
            meldingId = Guid.NewGuid(),
            gecorrigeerdeMeldingId = melding,
            aanbiederId = aanbieder,
            contractant = Assen,
            soort = "eed",
            kader = "jeugdwet",
            startdatum = "2026-01-01",
            heleGemeente = false,
            scholen = new[] { Register.ScholenIn(Tynaarlo)[0] },
        }, Ct);
        var unknownTarget = await Client.PostAsJsonAsync($"/v1/contracten/{contract}/correcties",
            new { meldingId = 3, gecorrigeerdeMeldingId = Guid.NewGuid() }, Ct);

        Assert.Equal(["scholen[0]", "soortZorg"], (await response.InvalidParams()).Order());
        Assert.Equal(["gecorrigeerdeMeldingId", "meldingId"], (await unknownTarget.InvalidParams()).Order());
        Assert.Equal(before, await fixture.StandAsync());
    }

    [Fact]
    public async Task Withdrawing_a_contract_publishes_MeldingIngetrokken_and_it_no_longer_counts_for_the_municipality()
    {
        var melding = Guid.NewGuid();
        var contract = await Client.MeldContract(Contract(await Client.RegistreerAanbieder(), meldingId: melding));

        var response = await Client.PostAsJsonAsync($"/v1/contracten/{contract}/intrekkingen",
            new { meldingId = Guid.NewGuid(), ingetrokkenMeldingId = melding, reden = "Verkeerde aanbieder" }, Ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var events = await fixture.Events.ForAsync(contract);
        Assert.Equal(["ContractGesloten", "MeldingIngetrokken"], events.Select(e => e.Type));
        Assert.Equal(events[0].EventId, events[1].Body.GetProperty("ingetrokkenEventId").GetGuid());
        Assert.Equal("Gemeente Assen", events[1].Body.GetProperty("meldendeOrganisatie").GetString());
        var lijst = await Client.GetFromJsonAsync<JsonElement>($"/v1/contracten?gemeente={Assen}", Ct);
        Assert.DoesNotContain(lijst.EnumerateArray(), c => c.GetProperty("id").GetGuid() == contract);
        var end = await Client.PostAsJsonAsync($"/v1/contracten/{contract}/beeindiging", new { meldingId = Guid.NewGuid(), einddatum = "2026-07-01" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, end.StatusCode);
    }

    /// <summary>A full contract body as a correction of <paramref name="gecorrigeerd"/>.</summary>
    private static Dictionary<string, object?> WithCorrection(object contract, Guid gecorrigeerd)
    {
        var fields = JsonSerializer.SerializeToElement(contract).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone());
        fields["gecorrigeerdeMeldingId"] = gecorrigeerd;
        return fields;
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Ondersteuning.Api.Tests;

/// <summary>POST /v1/{resource}/validaties: the POST's validation without storing or publishing (used by the CSV upload).</summary>
public sealed class ValidatiesApiTests(OndersteuningApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_valid_trajectory_is_200_geldig_and_stores_and_publishes_nothing()
    {
        var before = await Snapshot();

        var response = await Post("/v1/trajecten/validaties", new
        {
            meldingId = Guid.NewGuid(), brin = RegisterBrin, aanbiederId = Guid.NewGuid(), aanbiederNaam = "Accare",
            zwaarte = "zwaar", kader = "jeugdwet", startdatum = Dag(-3),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("geldig").GetBoolean());
        Assert.True(response.Headers.Contains("API-Version"));
        await AssertUnchanged(before);
    }

    [Fact]
    public async Task An_invalid_trajectory_is_a_400_naming_every_wrong_field_as_the_POST_does_and_changes_nothing()
    {
        var before = await Snapshot();
        var body = new { meldingId = Guid.Empty, brin = "98XY", aanbiederNaam = "", zwaarte = "middel", kader = "wmo", startdatum = Dag(1), naam = "Piet" };

        var gecontroleerd = await InvalidFields(await Post("/v1/trajecten/validaties", body));

        Assert.Equal(["aanbiederId", "aanbiederNaam", "brin", "meldingId", "naam", "startdatum", "zwaarte"], gecontroleerd);
        Assert.Equal(await InvalidFields(await Post("/v1/trajecten", body)), gecontroleerd);
        await AssertUnchanged(before);
    }

    [Fact]
    public async Task A_valid_EED_referral_is_200_and_stores_nothing_an_invalid_one_is_a_400_naming_every_field()
    {
        var before = await Snapshot();

        var geldig = await Post("/v1/eed-verwijzingen/validaties", new { meldingId = Guid.NewGuid(), referentie = "EED-2026-1", brin = RegisterBrin, verwijsdatum = Dag(-1) });
        var ongeldig = await Post("/v1/eed-verwijzingen/validaties", new { meldingId = Guid.NewGuid(), referentie = "123456782", brin = "98XY", verwijsdatum = "2026-13-01" });

        Assert.Equal(HttpStatusCode.OK, geldig.StatusCode);
        Assert.Equal(["brin", "referentie", "verwijsdatum"], await InvalidFields(ongeldig));
        await AssertUnchanged(before);
    }

    [Fact]
    public async Task Complex_cases_and_progress_reports_can_be_checked_too()
    {
        var before = await Snapshot();

        var casus = await Post("/v1/complexe-casussen/validaties", new { meldingId = Guid.NewGuid(), referentie = "CC-1", gemeente = "GM0363", startdatum = Dag(-5), casusregisseur = new { rol = "" , organisatie = "Sociaal team" } });
        var rapport = await Post("/v1/voortgangsrapportages/validaties", new { meldingId = Guid.NewGuid(), doel = 99, status = "goed", toelichting = "x", datum = Dag(0), naamRapporteur = "A. de Vries", rolRapporteur = "beleidsadviseur" });

        Assert.Equal(["casusregisseur.rol", "gemeente"], await InvalidFields(casus));
        Assert.Equal(["doel", "status"], await InvalidFields(rapport));
        await AssertUnchanged(before);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_on_the_body()
    {
        var response = await Fixture.Client.PostAsync("/v1/trajecten/validaties", new StringContent("{\"brin\":", System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(["body"], await InvalidFields(response));
    }
}

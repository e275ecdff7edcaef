using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ontwikkelagenda.ServiceDefaults.Toegang;

namespace Ondersteuning.Api.Tests;

/// <summary>
/// Who may do what in Ondersteuning.Api (issue 11, point 2): school staff write and read their own school's
/// trajectories, referrals and complex cases, an SWV's staff those of every school in it; progress reports are the
/// OOGO partners'. Refusals are problem+json that say why, and store nothing; who gets through at which endpoint is
/// <see cref="RechtenmatrixTests"/>' part.
/// </summary>
public sealed class ToegangTests(OndersteuningApiFixture fixture) : ApiTest(fixture)
{
    // Both in PO2201 (data/referentiedata.json).
    private const string Regenboog = "19SL";
    private const string AndereSchool = "51AS";

    private static object Traject(string brin) => new
    {
        meldingId = Guid.NewGuid(),
        brin,
        aanbiederId = Guid.Parse("0b9c7a52-6a7f-4a36-b1a2-2d1f5c8e9f01"),
        aanbiederNaam = "Accare",
        zwaarte = "licht",
        kader = "wmo",
        startdatum = Dag(-30),
    };

    private async Task<Guid> StartAlsAsync(TestGebruiker wie, string brin) =>
        await Accepted(await Fixture.Als(wie).PostAsJsonAsync("/v1/trajecten", Traject(brin), Ct), "/v1/trajecten", "trajectId");

    [Fact]
    public async Task Other_roles_are_403_naming_the_role_needed_and_store_nothing()
    {
        var voor = await Snapshot();

        await AssertProblem(await Fixture.Als(TestGebruiker.Leerplicht("GM1730")).PostAsJsonAsync("/v1/trajecten", Traject(Regenboog), Ct),
            HttpStatusCode.Forbidden, "schoolmedewerker");
        await AssertProblem(await Fixture.Als(TestGebruiker.School(Regenboog)).PostAsJsonAsync("/v1/voortgangsrapportages", new
        {
            meldingId = Guid.NewGuid(), doel = 4, status = "op-koers", toelichting = "Loopt.", datum = Dag(-3),
            naamRapporteur = "A. Jansen", rolRapporteur = "directeur",
        }, Ct), HttpStatusCode.Forbidden, "oogo-partner");

        Assert.Equal(voor, await Snapshot());
    }

    [Fact]
    public async Task A_school_starts_only_its_own_trajectories_and_its_SWV_those_of_every_school_in_it()
    {
        var voor = await Snapshot();
        await AssertProblem(await Fixture.Als(TestGebruiker.School(Regenboog)).PostAsJsonAsync("/v1/trajecten", Traject(AndereSchool), Ct),
            HttpStatusCode.Forbidden, AndereSchool);
        await AssertProblem(await Fixture.Als(TestGebruiker.Swv("VO2201")).PostAsJsonAsync("/v1/trajecten", Traject(AndereSchool), Ct),
            HttpStatusCode.Forbidden, AndereSchool);
        Assert.Equal(voor, await Snapshot());

        await StartAlsAsync(TestGebruiker.School(Regenboog), Regenboog);
        await StartAlsAsync(AlsEigenaar.SwvMedewerker, AndereSchool);
    }

    [Fact]
    public async Task Another_school_can_neither_read_nor_end_a_trajectory_nor_read_the_school_s_worklist()
    {
        var id = await StartAlsAsync(TestGebruiker.School(Regenboog), Regenboog);
        var ander = Fixture.Als(TestGebruiker.School(AndereSchool));
        var voor = await Snapshot();

        await AssertProblem(await ander.GetAsync($"/v1/trajecten/{id}", Ct), HttpStatusCode.Forbidden, "dit traject");
        await AssertProblem(await ander.PostAsJsonAsync($"/v1/trajecten/{id}/beeindiging", new { meldingId = Guid.NewGuid(), einddatum = Dag(-1) }, Ct),
            HttpStatusCode.Forbidden, "dit traject");
        await AssertProblem(await ander.GetAsync($"/v1/trajecten?brin={Regenboog}", Ct), HttpStatusCode.Forbidden, Regenboog);

        Assert.Equal(voor, await Snapshot());
        var traject = await Fixture.Als(AlsEigenaar.SwvMedewerker).GetFromJsonAsync<JsonElement>($"/v1/trajecten/{id}", Ct);
        Assert.Equal(Regenboog, traject.GetProperty("brin").GetString());
    }

    [Fact]
    public async Task A_complex_case_without_a_school_and_a_municipality_s_complex_cases_are_the_SWV_s()
    {
        var casus = new { meldingId = Guid.NewGuid(), referentie = $"CC-{Guid.NewGuid():N}"[..20], gemeente = "GM1730", startdatum = Dag(-10) };

        await AssertProblem(await Fixture.Als(TestGebruiker.School(Regenboog)).PostAsJsonAsync("/v1/complexe-casussen", casus, Ct),
            HttpStatusCode.Forbidden, "samenwerkingsverbanden");
        await AssertProblem(await Fixture.Als(TestGebruiker.School(Regenboog)).GetAsync("/v1/complexe-casussen?gemeente=GM1730", Ct),
            HttpStatusCode.Forbidden, "samenwerkingsverbanden");

        var swv = Fixture.Als(AlsEigenaar.SwvMedewerker);
        await Accepted(await swv.PostAsJsonAsync("/v1/complexe-casussen", casus, Ct), "/v1/complexe-casussen", "casusId");
        Assert.Equal(HttpStatusCode.OK, (await swv.GetAsync("/v1/complexe-casussen?gemeente=GM1730", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_progress_report_is_stored_under_the_token_s_organisation_and_only_that_organisation_reads_corrects_or_withdraws_it()
    {
        var assen = Fixture.Als(TestGebruiker.Oogo(OrganisatieSoorten.Gemeente, "GM0106"));
        var swv = Fixture.Als(TestGebruiker.Oogo(OrganisatieSoorten.Swv, "PO2201"));
        var meldingId = Guid.NewGuid();
        var id = await Accepted(await assen.PostAsJsonAsync("/v1/voortgangsrapportages", new
        {
            meldingId, doel = 2, status = "op-koers", toelichting = "Loopt.", datum = Dag(-3), naamRapporteur = "B. Bakker", rolRapporteur = "beleidsadviseur",
        }, Ct), "/v1/voortgangsrapportages", "rapportId");

        var gerapporteerd = Assert.Single(await EventsOf(id));
        Assert.Equal("Gemeente Assen", gerapporteerd.Body.GetProperty("meldendeOrganisatie").GetString());
        Assert.Equal("Gemeente Assen", gerapporteerd.Body.GetProperty("organisatie").GetString());
        Assert.Equal("Gemeente Assen", (await assen.GetFromJsonAsync<JsonElement>($"/v1/voortgangsrapportages/{id}", Ct)).GetProperty("organisatie").GetString());

        var voor = await Snapshot();
        await AssertProblem(await swv.GetAsync($"/v1/voortgangsrapportages/{id}", Ct), HttpStatusCode.Forbidden, "andere organisatie");
        await AssertProblem(await swv.PostAsJsonAsync($"/v1/voortgangsrapportages/{id}/correcties", new
        {
            meldingId = Guid.NewGuid(), gecorrigeerdeMeldingId = meldingId, doel = 2, status = "achter", toelichting = "Toch niet.", datum = Dag(-3),
            naamRapporteur = "C. Smit", rolRapporteur = "directeur",
        }, Ct), HttpStatusCode.Forbidden, "andere organisatie");
        await AssertProblem(await swv.PostAsJsonAsync($"/v1/voortgangsrapportages/{id}/intrekkingen",
            new { meldingId = Guid.NewGuid(), ingetrokkenMeldingId = meldingId, reden = "Niet van ons." }, Ct), HttpStatusCode.Forbidden, "andere organisatie");
        Assert.Equal(voor, await Snapshot());
    }
}

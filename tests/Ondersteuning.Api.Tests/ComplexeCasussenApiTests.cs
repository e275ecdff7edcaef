using System.Net;
using System.Text.Json;

namespace Ondersteuning.Api.Tests;

/// <summary>/v1/complexe-casussen in process against real PostgreSQL and RabbitMQ.</summary>
public sealed class ComplexeCasussenApiTests(OndersteuningApiFixture fixture) : ApiTest(fixture)
{
    private const string Path = "/v1/complexe-casussen";

    private static string NewReferentie() => $"CC-{Guid.NewGuid():N}"[..20];

    private async Task<(Guid Id, Guid MeldingId)> MeldAsync(object? casusregisseur = null)
    {
        var meldingId = Guid.NewGuid();
        var response = await Post(Path, new { meldingId, referentie = NewReferentie(), gemeente = "GM1730", startdatum = Dag(-100), casusregisseur });
        return (await Accepted(response, Path, "casusId"), meldingId);
    }

    [Fact]
    public async Task A_complex_case_publishes_one_ComplexeCasusGemeld_on_behalf_of_the_municipality()
    {
        var zaakId = Guid.NewGuid();
        var meldingId = Guid.NewGuid();
        var melding = new
        {
            meldingId, referentie = NewReferentie(), gemeente = "GM0106", brin = "99ZZ", startdatum = Dag(-5), thuiszitterZaakId = zaakId,
            casusregisseur = new { rol = "casusregisseur", organisatie = "Sociaal team Assen" },
        };

        var id = await Accepted(await Post(Path, melding), Path, "casusId");
        Assert.Equal(id, await Accepted(await Post(Path, melding), Path, "casusId"));

        var gemeld = Assert.Single(await EventsOf(id));
        Assert.Equal("ComplexeCasusGemeld", gemeld.Type);
        Assert.Equal("Gemeente Assen", gemeld.Body.GetProperty("meldendeOrganisatie").GetString());
        Assert.Equal("GM0106", gemeld.Body.GetProperty("gemeente").GetString());
        Assert.Equal("99ZZ", gemeld.Body.GetProperty("brin").GetString());
        Assert.Equal(zaakId, gemeld.Body.GetProperty("thuiszitterZaakId").GetGuid());
        Assert.Equal("Sociaal team Assen", gemeld.Body.GetProperty("casusregisseur").GetProperty("organisatie").GetString());
    }

    [Fact]
    public async Task An_invalid_complex_case_is_a_400_naming_every_wrong_field_and_changes_nothing()
    {
        var before = await Snapshot();

        var response = await Post(Path, new
        {
            meldingId = Guid.NewGuid(), referentie = "123456782", gemeente = "GM0014", brin = "ab12", startdatum = Dag(3),
            casusregisseur = new { rol = "regisseur" },
        });

        Assert.Equal(["brin", "casusregisseur.organisatie", "gemeente", "referentie", "startdatum"], await InvalidFields(response));
        await AssertUnchanged(before);
    }

    [Fact]
    public async Task Assigning_a_casusregisseur_publishes_CasusregisseurToegewezen_and_the_read_shows_the_latest()
    {
        var (id, _) = await MeldAsync(new { rol = "ib'er", organisatie = "School" });

        await Accepted(await Post($"{Path}/{id}/casusregisseur", new { meldingId = Guid.NewGuid(), rol = "casusregisseur", organisatie = "Gemeente Tynaarlo", datum = Dag(-50) }),
            Path, "casusId");

        var toegewezen = Assert.Single(await EventsOf(id), e => e.Type == "CasusregisseurToegewezen");
        Assert.Equal("Gemeente Tynaarlo", toegewezen.Body.GetProperty("casusregisseur").GetProperty("organisatie").GetString());
        Assert.Equal(Dag(-50), toegewezen.Body.GetProperty("datum").GetString());
        Assert.Equal("casusregisseur", (await Get($"{Path}/{id}")).GetProperty("casusregisseur").GetProperty("rol").GetString());
    }

    [Fact]
    public async Task An_invalid_assignment_is_a_400_naming_every_field_and_changes_nothing()
    {
        var (id, _) = await MeldAsync();
        var before = await Snapshot();

        var response = await Post($"{Path}/{id}/casusregisseur", new { meldingId = Guid.NewGuid(), rol = new string('r', 101), datum = Dag(-101) });

        Assert.Equal(["datum", "organisatie", "rol"], await InvalidFields(response));
        await AssertUnchanged(before);
    }

    [Fact]
    public async Task Closing_publishes_ComplexeCasusAfgesloten_once_and_closing_again_or_assigning_after_is_a_409()
    {
        var (id, _) = await MeldAsync();

        await Accepted(await Post($"{Path}/{id}/afsluiting", new { meldingId = Guid.NewGuid(), einddatum = Dag(-1) }), Path, "casusId");
        await AssertProblem(await Post($"{Path}/{id}/afsluiting", new { meldingId = Guid.NewGuid(), einddatum = Dag(0) }), HttpStatusCode.Conflict, "al afgesloten");
        await AssertProblem(await Post($"{Path}/{id}/casusregisseur", new { meldingId = Guid.NewGuid(), rol = "r", organisatie = "o", datum = Dag(0) }),
            HttpStatusCode.Conflict, "afgesloten");

        Assert.Single(await EventsOf(id), e => e.Type == "ComplexeCasusAfgesloten");
        Assert.Equal(Dag(-1), (await Get($"{Path}/{id}")).GetProperty("einddatum").GetString());
    }

    [Fact]
    public async Task An_invalid_closing_is_a_400_naming_every_field_and_changes_nothing()
    {
        var (id, _) = await MeldAsync();
        var before = await Snapshot();

        var response = await Post($"{Path}/{id}/afsluiting", new { meldingId = (string?)null, einddatum = Dag(-100) });

        Assert.Equal(["einddatum", "meldingId"], await InvalidFields(response));
        await AssertUnchanged(before);
    }

    [Fact]
    public async Task Closing_an_unknown_case_is_a_404()
    {
        await AssertProblem(await Post($"{Path}/{Guid.NewGuid()}/afsluiting", new { meldingId = Guid.NewGuid(), einddatum = Dag(0) }),
            HttpStatusCode.NotFound, "complexe casus");
    }

    [Fact]
    public async Task Correcting_the_report_to_another_municipality_republishes_ComplexeCasusGemeld_with_corrigeert()
    {
        var (id, meldingId) = await MeldAsync();
        var original = Assert.Single(await EventsOf(id));

        await Accepted(await Post($"{Path}/{id}/correcties", new
        {
            meldingId = Guid.NewGuid(), gecorrigeerdeMeldingId = meldingId, referentie = "CC-2026-99", gemeente = "GM1731", startdatum = Dag(-90),
        }), Path, "casusId");

        var correctie = Assert.Single(await EventsOf(id), e => e.EventId != original.EventId);
        Assert.Equal("ComplexeCasusGemeld", correctie.Type);
        Assert.Equal(original.EventId, correctie.Body.GetProperty("corrigeert").GetGuid());
        Assert.Equal("Gemeente Midden-Drenthe", correctie.Body.GetProperty("meldendeOrganisatie").GetString());
        Assert.Equal("GM1731", (await Get($"{Path}/{id}")).GetProperty("gemeente").GetString());
    }

    [Fact]
    public async Task Withdrawing_the_corrected_case_by_its_newest_melding_withdraws_the_case()
    {
        var (id, meldingId) = await MeldAsync();
        var correctieId = Guid.NewGuid();
        await Accepted(await Post($"{Path}/{id}/correcties", new
        {
            meldingId = correctieId, gecorrigeerdeMeldingId = meldingId, referentie = "CC-2026-98", gemeente = "GM1680", startdatum = Dag(-90),
        }), Path, "casusId");

        await Accepted(await Post($"{Path}/{id}/intrekkingen", new { meldingId = Guid.NewGuid(), ingetrokkenMeldingId = correctieId, reden = "Correctie was fout." }),
            Path, "casusId");

        var casus = await Get($"{Path}/{id}");
        Assert.True(casus.GetProperty("ingetrokken").GetBoolean());
        Assert.Single(await EventsOf(id), e => e.Type == "MeldingIngetrokken");
    }
}

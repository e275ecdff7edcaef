using System.Net;
using System.Text.Json;

namespace Ondersteuning.Api.Tests;

/// <summary>/v1/voortgangsrapportages in process against real PostgreSQL and RabbitMQ.</summary>
public sealed class VoortgangsrapportagesApiTests(OndersteuningApiFixture fixture) : ApiTest(fixture)
{
    private const string Path = "/v1/voortgangsrapportages";

    private static object Rapport(Guid meldingId, string status = "aandacht-nodig") => new
    {
        meldingId, doel = 4, status, toelichting = "Nog niet elke casus heeft een regisseur.", datum = Dag(-3),
        naamRapporteur = "A. Jansen", rolRapporteur = "beleidsmedewerker",
    };

    [Fact]
    public async Task A_report_publishes_one_VoortgangGerapporteerd_on_behalf_of_the_organisation_in_the_token()
    {
        var melding = Rapport(Guid.NewGuid());

        var id = await Accepted(await Post(Path, melding), Path, "rapportId");
        Assert.Equal(id, await Accepted(await Post(Path, melding), Path, "rapportId"));

        var gerapporteerd = Assert.Single(await EventsOf(id));
        Assert.Equal("VoortgangGerapporteerd", gerapporteerd.Type);
        Assert.Equal("SWV PO 22.01", gerapporteerd.Body.GetProperty("meldendeOrganisatie").GetString());
        Assert.Equal(4, gerapporteerd.Body.GetProperty("doel").GetInt32());
        Assert.Equal("aandacht-nodig", gerapporteerd.Body.GetProperty("status").GetString());
        Assert.Equal("A. Jansen", (await Get($"{Path}/{id}")).GetProperty("naamRapporteur").GetString());
    }

    [Fact]
    public async Task An_invalid_report_is_a_400_naming_every_wrong_field_and_changes_nothing()
    {
        var before = await Snapshot();

        var response = await Post(Path, new
        {
            meldingId = Guid.NewGuid(), doel = 9, status = "prima", toelichting = new string('t', 1001), datum = Dag(1),
            organisatie = "Gemeente Assen", naamRapporteur = "", rolRapporteur = new string('r', 101),
        });

        // The organisation comes from the token: a body that names one is refused like any unknown field.
        Assert.Equal(["datum", "doel", "naamRapporteur", "organisatie", "rolRapporteur", "status", "toelichting"], await InvalidFields(response));
        await AssertUnchanged(before);
    }

    [Fact]
    public async Task A_correction_republishes_VoortgangGerapporteerd_with_corrigeert_and_a_withdrawal_publishes_MeldingIngetrokken()
    {
        var meldingId = Guid.NewGuid();
        var id = await Accepted(await Post(Path, Rapport(meldingId)), Path, "rapportId");
        var original = Assert.Single(await EventsOf(id));
        var correctieId = Guid.NewGuid();

        await Accepted(await Post($"{Path}/{id}/correcties", new
        {
            meldingId = correctieId, gecorrigeerdeMeldingId = meldingId, doel = 4, status = "op-koers", toelichting = "Bijgesteld.",
            datum = Dag(-3), naamRapporteur = "A. Jansen", rolRapporteur = "beleidsmedewerker",
        }), Path, "rapportId");
        var correctie = Assert.Single(await EventsOf(id), e => e.EventId != original.EventId);
        Assert.Equal(original.EventId, correctie.Body.GetProperty("corrigeert").GetGuid());
        Assert.Equal("op-koers", (await Get($"{Path}/{id}")).GetProperty("status").GetString());

        await Accepted(await Post($"{Path}/{id}/intrekkingen", new { meldingId = Guid.NewGuid(), ingetrokkenMeldingId = correctieId, reden = "Te vroeg." }),
            Path, "rapportId");
        var ingetrokken = Assert.Single(await EventsOf(id), e => e.Type == "MeldingIngetrokken");
        Assert.Equal(correctie.EventId, ingetrokken.Body.GetProperty("ingetrokkenEventId").GetGuid());
        // The withdrawal takes the report as it stands, corrected version and original alike.
        Assert.True((await Get($"{Path}/{id}")).GetProperty("ingetrokken").GetBoolean());
    }

    [Fact]
    public async Task Withdrawing_a_withdrawn_report_is_a_409_and_an_unknown_report_is_a_404()
    {
        var meldingId = Guid.NewGuid();
        var id = await Accepted(await Post(Path, Rapport(meldingId)), Path, "rapportId");
        await Accepted(await Post($"{Path}/{id}/intrekkingen", new { meldingId = Guid.NewGuid(), ingetrokkenMeldingId = meldingId, reden = "Dubbel." }), Path, "rapportId");

        await AssertProblem(await Post($"{Path}/{id}/intrekkingen", new { meldingId = Guid.NewGuid(), ingetrokkenMeldingId = meldingId, reden = "Nogmaals." }),
            HttpStatusCode.Conflict, "ingetrokken");
        await AssertProblem(await Fixture.Client.GetAsync($"{Path}/{Guid.NewGuid()}", Ct), HttpStatusCode.NotFound, "voortgangsrapportage");
    }

    [Fact]
    public async Task A_repeated_melding_id_with_another_body_is_a_409_and_changes_nothing()
    {
        var meldingId = Guid.NewGuid();
        var id = await Accepted(await Post(Path, Rapport(meldingId)), Path, "rapportId");
        var before = await Fixture.Client.GetStringAsync($"{Path}/{id}", Ct);

        await AssertProblem(await Post(Path, Rapport(meldingId, status: "op-koers")), HttpStatusCode.Conflict, "andere inhoud");

        Assert.Equal(before, await Fixture.Client.GetStringAsync($"{Path}/{id}", Ct));
    }

    [Fact]
    public async Task A_repeated_melding_id_used_for_another_kind_of_melding_is_a_409()
    {
        var meldingId = Guid.NewGuid();
        var id = await Accepted(await Post(Path, Rapport(meldingId)), Path, "rapportId");

        await AssertProblem(await Post($"{Path}/{id}/intrekkingen", new { meldingId, ingetrokkenMeldingId = meldingId, reden = "x" }),
            HttpStatusCode.Conflict, "al gebruikt");
    }
}

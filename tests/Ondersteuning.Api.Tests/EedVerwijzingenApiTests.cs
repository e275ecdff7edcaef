using System.Net;
using System.Text.Json;

namespace Ondersteuning.Api.Tests;

/// <summary>/v1/eed-verwijzingen in process against real PostgreSQL and RabbitMQ.</summary>
public sealed class EedVerwijzingenApiTests(OndersteuningApiFixture fixture) : ApiTest(fixture)
{
    private const string Path = "/v1/eed-verwijzingen";

    private static string NewReferentie() => $"EED-{Guid.NewGuid():N}"[..20];

    private async Task<(Guid Id, Guid MeldingId)> MeldAsync(int verwijsOffset = -40)
    {
        var meldingId = Guid.NewGuid();
        var response = await Post(Path, new { meldingId, referentie = NewReferentie(), brin = RegisterBrin, verwijsdatum = Dag(verwijsOffset) });
        return (await Accepted(response, Path, "verwijzingId"), meldingId);
    }

    [Fact]
    public async Task A_referral_publishes_one_EedVerwijzingGemeld_with_its_pseudonymous_reference()
    {
        var referentie = NewReferentie();
        var meldingId = Guid.NewGuid();
        var melding = new { meldingId, referentie, brin = RegisterBrin, verwijsdatum = Dag(-10) };

        var id = await Accepted(await Post(Path, melding), Path, "verwijzingId");
        Assert.Equal(id, await Accepted(await Post(Path, melding), Path, "verwijzingId"));

        var gemeld = Assert.Single(await EventsOf(id));
        Assert.Equal("EedVerwijzingGemeld", gemeld.Type);
        Assert.Equal(referentie, gemeld.Body.GetProperty("referentie").GetString());
        Assert.Equal(Dag(-10), gemeld.Body.GetProperty("verwijsdatum").GetString());
        Assert.Equal("OBS De Regenboog (Kloosterveen)", gemeld.Body.GetProperty("meldendeOrganisatie").GetString());
        Assert.Equal(referentie, (await Get($"{Path}/{id}")).GetProperty("referentie").GetString());
    }

    [Fact]
    public async Task An_invalid_referral_is_a_400_naming_every_wrong_field_and_changes_nothing()
    {
        var before = await Snapshot();

        var response = await Post(Path, new { meldingId = Guid.Empty, referentie = "123456782", brin = "98XY", verwijsdatum = "2026-13-01", naam = "Piet" });

        Assert.Equal(["brin", "meldingId", "naam", "referentie", "verwijsdatum"], await InvalidFields(response));
        await AssertUnchanged(before);
    }

    [Fact]
    public async Task The_start_of_treatment_is_published_once_and_a_second_start_is_a_409()
    {
        var (id, _) = await MeldAsync();

        await Accepted(await Post($"{Path}/{id}/behandelstart", new { meldingId = Guid.NewGuid(), startdatum = Dag(-40) }), Path, "verwijzingId");
        await AssertProblem(await Post($"{Path}/{id}/behandelstart", new { meldingId = Guid.NewGuid(), startdatum = Dag(-1) }),
            HttpStatusCode.Conflict, "al gestart");

        var gestart = Assert.Single(await EventsOf(id), e => e.Type == "EedBehandelingGestart");
        Assert.Equal(Dag(-40), gestart.Body.GetProperty("startdatum").GetString());
        Assert.Equal(Dag(-40), (await Get($"{Path}/{id}")).GetProperty("behandelstart").GetString());
    }

    [Fact]
    public async Task An_invalid_start_of_treatment_is_a_400_naming_every_field_and_changes_nothing()
    {
        var (id, _) = await MeldAsync();
        var before = await Snapshot();

        var response = await Post($"{Path}/{id}/behandelstart", new { meldingId = "x", startdatum = Dag(-41) });

        Assert.Equal(["meldingId", "startdatum"], await InvalidFields(response));
        await AssertUnchanged(before);
    }

    [Fact]
    public async Task A_start_of_treatment_for_an_unknown_referral_is_a_404()
    {
        await AssertProblem(await Post($"{Path}/{Guid.NewGuid()}/behandelstart", new { meldingId = Guid.NewGuid(), startdatum = Dag(0) }),
            HttpStatusCode.NotFound, "EED-verwijzing");
    }

    [Fact]
    public async Task Correcting_the_treatment_start_republishes_EedBehandelingGestart_with_corrigeert()
    {
        var (id, _) = await MeldAsync();
        var startId = Guid.NewGuid();
        await Accepted(await Post($"{Path}/{id}/behandelstart", new { meldingId = startId, startdatum = Dag(-30) }), Path, "verwijzingId");
        var original = Assert.Single(await EventsOf(id), e => e.Type == "EedBehandelingGestart");

        await Accepted(await Post($"{Path}/{id}/correcties", new { meldingId = Guid.NewGuid(), gecorrigeerdeMeldingId = startId, startdatum = Dag(-35) }),
            Path, "verwijzingId");

        var correctie = Assert.Single(await EventsOf(id), e => e.Type == "EedBehandelingGestart" && e.EventId != original.EventId);
        Assert.Equal(original.EventId, correctie.Body.GetProperty("corrigeert").GetGuid());
        Assert.Equal(Dag(-35), (await Get($"{Path}/{id}")).GetProperty("behandelstart").GetString());
    }

    [Fact]
    public async Task Withdrawing_a_referral_publishes_MeldingIngetrokken_and_blocks_the_start_of_treatment()
    {
        var (id, meldingId) = await MeldAsync();

        await Accepted(await Post($"{Path}/{id}/intrekkingen", new { meldingId = Guid.NewGuid(), ingetrokkenMeldingId = meldingId, reden = "Verkeerde school." }),
            Path, "verwijzingId");

        Assert.Single(await EventsOf(id), e => e.Type == "MeldingIngetrokken");
        await AssertProblem(await Post($"{Path}/{id}/behandelstart", new { meldingId = Guid.NewGuid(), startdatum = Dag(0) }),
            HttpStatusCode.Conflict, "ingetrokken");
        Assert.True((await Get($"{Path}/{id}")).GetProperty("ingetrokken").GetBoolean());
    }

    [Fact]
    public async Task An_invalid_correction_names_every_wrong_field_of_the_corrected_referral()
    {
        var (id, meldingId) = await MeldAsync();
        var before = await Snapshot();

        var response = await Post($"{Path}/{id}/correcties", new { meldingId = Guid.NewGuid(), gecorrigeerdeMeldingId = meldingId, referentie = "x", brin = "99ZZ" });

        Assert.Equal(["brin", "referentie", "verwijsdatum"], await InvalidFields(response));
        await AssertUnchanged(before);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Ondersteuning.Api.Tests;

/// <summary>/v1/trajecten in process against real PostgreSQL and RabbitMQ.</summary>
public sealed class TrajectenApiTests(OndersteuningApiFixture fixture) : ApiTest(fixture)
{
    private const string Path = "/v1/trajecten";

    private static object Traject(Guid meldingId, string zwaarte = "licht", int startOffset = -30) => new
    {
        meldingId,
        brin = RegisterBrin,
        aanbiederId = Guid.Parse("0b9c7a52-6a7f-4a36-b1a2-2d1f5c8e9f01"),
        aanbiederNaam = "Accare",
        zwaarte,
        kader = "wmo",
        startdatum = Dag(startOffset),
    };

    private async Task<(Guid Id, Guid MeldingId)> StartAsync()
    {
        var meldingId = Guid.NewGuid();
        return (await Accepted(await Post(Path, Traject(meldingId)), Path, "trajectId"), meldingId);
    }

    [Fact]
    public async Task Starting_a_trajectory_publishes_one_TrajectGestart_on_behalf_of_the_school()
    {
        var (id, _) = await StartAsync();

        var gestart = Assert.Single(await EventsOf(id));
        Assert.Equal("TrajectGestart", gestart.Type);
        Assert.Equal(gestart.EventId, gestart.MessageId);
        Assert.Equal("OBS De Regenboog (Kloosterveen)", gestart.Body.GetProperty("meldendeOrganisatie").GetString());
        Assert.Equal(RegisterBrin, gestart.Body.GetProperty("brin").GetString());
        Assert.Equal("licht", gestart.Body.GetProperty("zwaarte").GetString());
        Assert.Equal("wmo", gestart.Body.GetProperty("kader").GetString());
        Assert.Equal(Dag(-30), gestart.Body.GetProperty("startdatum").GetString());
        Assert.Equal(JsonValueKind.Null, gestart.Body.GetProperty("corrigeert").ValueKind);

        var traject = await Get($"{Path}/{id}");
        Assert.Equal("Accare", traject.GetProperty("aanbiederNaam").GetString());
        Assert.Equal(JsonValueKind.Null, traject.GetProperty("einddatum").ValueKind);
        Assert.False(traject.GetProperty("ingetrokken").GetBoolean());
        Assert.Single(traject.GetProperty("meldingen").EnumerateArray());
    }

    [Fact]
    public async Task The_same_melding_id_twice_gets_the_same_answer_and_creates_one_trajectory_and_one_event()
    {
        var melding = Traject(Guid.NewGuid());

        var first = await Post(Path, melding);
        var second = await Post(Path, melding);

        var id = await Accepted(first, Path, "trajectId");
        Assert.Equal(id, await Accepted(second, Path, "trajectId"));
        Assert.Single(await EventsOf(id));
        Assert.Equal(1, await Fixture.CountAsync("SELECT count(*) FROM ondersteuning.meldingen WHERE entiteit_id = @p", id));
    }

    [Fact]
    public async Task An_invalid_start_is_a_400_naming_every_wrong_field_and_changes_nothing()
    {
        var before = await Snapshot();

        var response = await Post(Path, new
        {
            meldingId = "geen-uuid",
            brin = "99ZZ",
            aanbiederId = Guid.NewGuid(),
            aanbiederNaam = new string('a', 201),
            zwaarte = "middel",
            kader = "wlz",
            startdatum = Dag(1),
            bsn = "123456782",
        });

        Assert.Equal(["aanbiederNaam", "brin", "bsn", "kader", "meldingId", "startdatum", "zwaarte"], await InvalidFields(response));
        await AssertUnchanged(before);
    }

    [Fact]
    public async Task An_invalid_ending_is_a_400_naming_every_field_and_leaves_the_trajectory_running()
    {
        var (id, _) = await StartAsync();
        var before = await Snapshot();

        var response = await Post($"{Path}/{id}/beeindiging", new { meldingId = 12, einddatum = Dag(-30), reden = "x" });

        Assert.Equal(["einddatum", "meldingId", "reden"], await InvalidFields(response));
        await AssertUnchanged(before);
    }

    [Fact]
    public async Task An_ending_on_or_before_the_start_is_a_400_on_einddatum()
    {
        var (id, _) = await StartAsync();

        var response = await Post($"{Path}/{id}/beeindiging", new { meldingId = Guid.NewGuid(), einddatum = Dag(-30) });

        Assert.Equal(["einddatum"], await InvalidFields(response));
        Assert.DoesNotContain(await EventsOf(id), e => e.Type == "TrajectBeeindigd");
    }

    [Fact]
    public async Task A_wrong_path_id_is_reported_together_with_the_body_fields()
    {
        var response = await Post($"{Path}/nee/beeindiging", new { meldingId = Guid.NewGuid(), einddatum = "gisteren" });

        Assert.Equal(["einddatum", "id"], await InvalidFields(response));
    }

    [Fact]
    public async Task Ending_an_unknown_trajectory_is_a_404_and_reading_one_too()
    {
        var unknown = Guid.NewGuid();

        await AssertProblem(await Post($"{Path}/{unknown}/beeindiging", new { meldingId = Guid.NewGuid(), einddatum = Dag(0) }),
            HttpStatusCode.NotFound, unknown.ToString());
        await AssertProblem(await Fixture.Client.GetAsync($"{Path}/{unknown}", Ct), HttpStatusCode.NotFound, unknown.ToString());
    }

    [Fact]
    public async Task Ending_twice_is_a_409_and_publishes_one_ending_while_repeating_the_first_gets_its_answer()
    {
        var (id, _) = await StartAsync();
        var ending = new { meldingId = Guid.NewGuid(), einddatum = Dag(-1) };

        var first = await Post($"{Path}/{id}/beeindiging", ending);
        var second = await Post($"{Path}/{id}/beeindiging", new { meldingId = Guid.NewGuid(), einddatum = Dag(0) });
        var repeat = await Post($"{Path}/{id}/beeindiging", ending);

        Assert.Equal(id, await Accepted(first, Path, "trajectId"));
        await AssertProblem(second, HttpStatusCode.Conflict, "al beëindigd");
        Assert.Equal(id, await Accepted(repeat, Path, "trajectId"));
        var beeindigd = Assert.Single(await EventsOf(id), e => e.Type == "TrajectBeeindigd");
        Assert.Equal(Dag(-1), beeindigd.Body.GetProperty("einddatum").GetString());
        Assert.Equal(Dag(-1), (await Get($"{Path}/{id}")).GetProperty("einddatum").GetString());
    }

    [Fact]
    public async Task Concurrent_endings_with_different_meldingen_let_exactly_one_win()
    {
        var (id, _) = await StartAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ =>
            Post($"{Path}/{id}/beeindiging", new { meldingId = Guid.NewGuid(), einddatum = Dag(0) })));

        Assert.Single(responses, response => response.StatusCode == HttpStatusCode.Accepted);
        Assert.Equal(4, responses.Count(response => response.StatusCode == HttpStatusCode.Conflict));
        Assert.Single(await EventsOf(id), e => e.Type == "TrajectBeeindigd");
    }

    [Fact]
    public async Task A_correction_of_the_start_republishes_TrajectGestart_naming_the_corrected_event_and_the_read_shows_both()
    {
        var (id, startMelding) = await StartAsync();
        var original = Assert.Single(await EventsOf(id));
        var correctieId = Guid.NewGuid();

        var response = await Post($"{Path}/{id}/correcties", new
        {
            meldingId = correctieId,
            gecorrigeerdeMeldingId = startMelding,
            brin = RegisterBrin,
            aanbiederId = Guid.Parse("0b9c7a52-6a7f-4a36-b1a2-2d1f5c8e9f01"),
            aanbiederNaam = "Accare",
            zwaarte = "zwaar",
            kader = "jeugdwet",
            startdatum = Dag(-20),
        });

        Assert.Equal(id, await Accepted(response, Path, "trajectId"));
        var correctie = Assert.Single(await EventsOf(id), e => e.EventId != original.EventId);
        Assert.Equal("TrajectGestart", correctie.Type);
        Assert.Equal(original.EventId, correctie.Body.GetProperty("corrigeert").GetGuid());
        Assert.Equal("zwaar", correctie.Body.GetProperty("zwaarte").GetString());

        var traject = await Get($"{Path}/{id}");
        Assert.Equal("zwaar", traject.GetProperty("zwaarte").GetString());
        Assert.Equal(Dag(-20), traject.GetProperty("startdatum").GetString());
        var meldingen = traject.GetProperty("meldingen").EnumerateArray().ToArray();
        Assert.Equal(2, meldingen.Length);
        Assert.False(meldingen[0].GetProperty("effectief").GetBoolean());
        Assert.Equal(startMelding, meldingen[1].GetProperty("gecorrigeerdeMeldingId").GetGuid());
    }

    [Fact]
    public async Task An_invalid_correction_is_a_400_validated_as_a_new_start_and_changes_nothing()
    {
        var (id, startMelding) = await StartAsync();
        var before = await Snapshot();

        var response = await Post($"{Path}/{id}/correcties", new
        {
            meldingId = Guid.NewGuid(),
            gecorrigeerdeMeldingId = startMelding,
            brin = "1234",
            aanbiederNaam = "Accare",
            zwaarte = "licht",
            kader = "pgb",
            startdatum = Dag(2),
        });

        Assert.Equal(["aanbiederId", "brin", "startdatum"], await InvalidFields(response));
        await AssertUnchanged(before);
    }

    [Fact]
    public async Task Correcting_an_already_corrected_melding_is_a_409()
    {
        var (id, startMelding) = await StartAsync();
        object Correctie() => new
        {
            meldingId = Guid.NewGuid(), gecorrigeerdeMeldingId = startMelding, brin = RegisterBrin,
            aanbiederId = Guid.NewGuid(), aanbiederNaam = "Yorneo", zwaarte = "licht", kader = "wmo", startdatum = Dag(-25),
        };

        Assert.Equal(HttpStatusCode.Accepted, (await Post($"{Path}/{id}/correcties", Correctie())).StatusCode);
        await AssertProblem(await Post($"{Path}/{id}/correcties", Correctie()), HttpStatusCode.Conflict, "al gecorrigeerd of ingetrokken");
    }

    [Fact]
    public async Task Withdrawing_the_start_publishes_MeldingIngetrokken_and_then_the_trajectory_refuses_an_ending_with_409()
    {
        var (id, startMelding) = await StartAsync();
        var gestart = Assert.Single(await EventsOf(id));

        var response = await Post($"{Path}/{id}/intrekkingen", new { meldingId = Guid.NewGuid(), ingetrokkenMeldingId = startMelding, reden = "Dubbel gemeld." });

        Assert.Equal(id, await Accepted(response, Path, "trajectId"));
        var ingetrokken = Assert.Single(await EventsOf(id), e => e.Type == "MeldingIngetrokken");
        Assert.Equal(gestart.EventId, ingetrokken.Body.GetProperty("ingetrokkenEventId").GetGuid());
        Assert.Equal("Dubbel gemeld.", ingetrokken.Body.GetProperty("reden").GetString());
        Assert.True((await Get($"{Path}/{id}")).GetProperty("ingetrokken").GetBoolean());

        await AssertProblem(await Post($"{Path}/{id}/beeindiging", new { meldingId = Guid.NewGuid(), einddatum = Dag(0) }),
            HttpStatusCode.Conflict, "ingetrokken");
    }

    [Fact]
    public async Task Withdrawing_the_ending_reopens_the_trajectory_so_it_can_be_ended_again()
    {
        var (id, _) = await StartAsync();
        var endingId = Guid.NewGuid();
        await Accepted(await Post($"{Path}/{id}/beeindiging", new { meldingId = endingId, einddatum = Dag(-2) }), Path, "trajectId");

        await Accepted(await Post($"{Path}/{id}/intrekkingen", new { meldingId = Guid.NewGuid(), ingetrokkenMeldingId = endingId, reden = "Verkeerd traject." }), Path, "trajectId");

        Assert.Equal(JsonValueKind.Null, (await Get($"{Path}/{id}")).GetProperty("einddatum").ValueKind);
        await Accepted(await Post($"{Path}/{id}/beeindiging", new { meldingId = Guid.NewGuid(), einddatum = Dag(0) }), Path, "trajectId");
    }

    [Fact]
    public async Task An_invalid_withdrawal_is_a_400_naming_every_field_and_a_melding_of_another_trajectory_is_refused()
    {
        var (id, _) = await StartAsync();
        var (_, otherMelding) = await StartAsync();
        var before = await Snapshot();

        Assert.Equal(["ingetrokkenMeldingId", "meldingId", "reden"],
            await InvalidFields(await Post($"{Path}/{id}/intrekkingen", new { meldingId = "x", ingetrokkenMeldingId = "y" })));
        Assert.Equal(["ingetrokkenMeldingId"],
            await InvalidFields(await Post($"{Path}/{id}/intrekkingen", new { meldingId = Guid.NewGuid(), ingetrokkenMeldingId = otherMelding, reden = "Fout." })));
        await AssertUnchanged(before);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem()
    {
        var response = await Fixture.Client.PostAsync(Path, new StringContent("{\"meldingId\":", System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(["body"], await InvalidFields(response));
    }
}

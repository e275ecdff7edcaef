using System.Net.Http.Json;
using System.Text.Json;

namespace Ondersteuning.Api.Tests;

/// <summary>GET /v1/trajecten?brin=: the school's running trajectories, to find the id for an ending.</summary>
public sealed class TrajectenWerkvoorraadApiTests(OndersteuningApiFixture fixture) : ApiTest(fixture)
{
    private const string Path = "/v1/trajecten";

    /// <summary>Register schools no other test reports about, so the lists hold only this class's trajectories.</summary>
    private const string School = "51AS";
    private const string AndereSchool = "39JY";

    private static object Traject(Guid meldingId, int startOffset, string brin, string aanbiederNaam = "Accare") => new
    {
        meldingId,
        brin,
        aanbiederId = Guid.Parse("0b9c7a52-6a7f-4a36-b1a2-2d1f5c8e9f01"),
        aanbiederNaam,
        zwaarte = "zwaar",
        kader = "jeugdwet",
        startdatum = Dag(startOffset),
    };

    private async Task<(Guid Id, Guid MeldingId)> StartAsync(int startOffset, string brin = School, string aanbiederNaam = "Accare")
    {
        var meldingId = Guid.NewGuid();
        var response = await Post(Path, Traject(meldingId, startOffset, brin, aanbiederNaam));
        return (await Accepted(response, Path, "trajectId"), meldingId);
    }

    private async Task<JsonElement[]> Trajecten(string brin, params Guid[] ids)
    {
        var werkvoorraad = await Get($"{Path}?brin={brin}");
        Assert.Equal(brin, werkvoorraad.GetProperty("brin").GetString());
        Assert.Equal(Dag(0), werkvoorraad.GetProperty("peildatum").GetString());
        return [.. werkvoorraad.GetProperty("trajecten").EnumerateArray().Where(t => ids.Contains(t.GetProperty("id").GetGuid()))];
    }

    [Fact]
    public async Task The_worklist_lists_the_schools_running_trajectories_oldest_first_without_ended_or_withdrawn_ones()
    {
        var jong = await StartAsync(-10, aanbiederNaam: "Yorneo");
        var oud = await StartAsync(-30, aanbiederNaam: "Accare");
        var beeindigd = await StartAsync(-40);
        var ingetrokken = await StartAsync(-50);
        await Accepted(await Post($"{Path}/{beeindigd.Id}/beeindiging", new { meldingId = Guid.NewGuid(), einddatum = Dag(-2) }), Path, "trajectId");
        await Accepted(await Post($"{Path}/{ingetrokken.Id}/intrekkingen",
            new { meldingId = Guid.NewGuid(), ingetrokkenMeldingId = ingetrokken.MeldingId, reden = "Dubbel gemeld." }), Path, "trajectId");

        var trajecten = await Trajecten(School, jong.Id, oud.Id, beeindigd.Id, ingetrokken.Id);

        Assert.Equal([oud.Id, jong.Id], trajecten.Select(t => t.GetProperty("id").GetGuid()));
        var eerste = trajecten[0];
        Assert.Equal("Accare", eerste.GetProperty("aanbiederNaam").GetString());
        Assert.Equal("zwaar", eerste.GetProperty("zwaarte").GetString());
        Assert.Equal("jeugdwet", eerste.GetProperty("kader").GetString());
        Assert.Equal(Dag(-30), eerste.GetProperty("startdatum").GetString());
        Assert.Equal(30, eerste.GetProperty("dagenActief").GetInt32());
        Assert.Equal(10, trajecten[1].GetProperty("dagenActief").GetInt32());
        Assert.Equal("Yorneo", trajecten[1].GetProperty("aanbiederNaam").GetString());
    }

    [Fact]
    public async Task A_trajectory_whose_ending_is_withdrawn_runs_again_and_is_listed()
    {
        var traject = await StartAsync(-20);
        var einde = Guid.NewGuid();
        await Accepted(await Post($"{Path}/{traject.Id}/beeindiging", new { meldingId = einde, einddatum = Dag(-1) }), Path, "trajectId");
        Assert.Empty(await Trajecten(School, traject.Id));

        await Accepted(await Post($"{Path}/{traject.Id}/intrekkingen",
            new { meldingId = Guid.NewGuid(), ingetrokkenMeldingId = einde, reden = "Traject loopt nog." }), Path, "trajectId");

        Assert.Single(await Trajecten(School, traject.Id));
    }

    [Fact]
    public async Task A_trajectory_corrected_to_another_school_is_listed_there_only()
    {
        var verhuisd = await StartAsync(-7);

        // Moving it to another school is the SWV's to do (both schools are in PO2201), not one school's.
        await Accepted(await Fixture.Als(AlsEigenaar.SwvMedewerker).PostAsJsonAsync($"{Path}/{verhuisd.Id}/correcties", new
        {
            meldingId = Guid.NewGuid(), gecorrigeerdeMeldingId = verhuisd.MeldingId, brin = AndereSchool,
            aanbiederId = Guid.Parse("0b9c7a52-6a7f-4a36-b1a2-2d1f5c8e9f01"), aanbiederNaam = "Accare", zwaarte = "zwaar", kader = "jeugdwet",
            startdatum = Dag(-7),
        }, Ct), Path, "trajectId");

        Assert.Empty(await Trajecten(School, verhuisd.Id));
        Assert.Single(await Trajecten(AndereSchool, verhuisd.Id));
    }

    [Theory]
    [InlineData("")]
    [InlineData("?brin=")]
    [InlineData("?brin=12ab")]
    [InlineData("?brin=98XY")]
    public async Task A_missing_malformed_or_unknown_brin_is_a_400_naming_brin(string query)
    {
        var response = await Fixture.Client.GetAsync($"{Path}{query}", Ct);

        Assert.Equal(["brin"], await InvalidFields(response));
    }
}

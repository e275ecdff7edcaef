using System.Net.Http.Json;
using System.Text.Json;

namespace Ondersteuning.Api.Tests;

/// <summary>GET /v1/eed-verwijzingen?brin=: the school's referrals still waiting for treatment.</summary>
public sealed class EedWerkvoorraadApiTests(OndersteuningApiFixture fixture) : ApiTest(fixture)
{
    private const string Path = "/v1/eed-verwijzingen";

    /// <summary>Register schools no other test reports about, so the lists hold only this class's referrals.</summary>
    private const string School = "83WM";
    private const string AndereSchool = "35TS";

    private static string NewReferentie() => $"EED-{Guid.NewGuid():N}"[..20];

    private async Task<(Guid Id, Guid MeldingId, string Referentie)> MeldAsync(int verwijsOffset, string brin = School)
    {
        var meldingId = Guid.NewGuid();
        var referentie = NewReferentie();
        var response = await Post(Path, new { meldingId, referentie, brin, verwijsdatum = Dag(verwijsOffset) });
        return (await Accepted(response, Path, "verwijzingId"), meldingId, referentie);
    }

    private async Task<JsonElement[]> Verwijzingen(string brin, params Guid[] ids)
    {
        var werkvoorraad = await Get($"{Path}?brin={brin}");
        Assert.Equal(brin, werkvoorraad.GetProperty("brin").GetString());
        Assert.Equal(Dag(0), werkvoorraad.GetProperty("peildatum").GetString());
        return [.. werkvoorraad.GetProperty("verwijzingen").EnumerateArray().Where(v => ids.Contains(v.GetProperty("id").GetGuid()))];
    }

    [Fact]
    public async Task The_worklist_lists_the_schools_waiting_referrals_longest_waiting_first_without_started_or_withdrawn_ones()
    {
        var kort = await MeldAsync(-10);
        var lang = await MeldAsync(-30);
        var gestart = await MeldAsync(-20);
        var ingetrokken = await MeldAsync(-50);
        await Accepted(await Post($"{Path}/{gestart.Id}/behandelstart", new { meldingId = Guid.NewGuid(), startdatum = Dag(-2) }), Path, "verwijzingId");
        await Accepted(await Post($"{Path}/{ingetrokken.Id}/intrekkingen",
            new { meldingId = Guid.NewGuid(), ingetrokkenMeldingId = ingetrokken.MeldingId, reden = "Dubbel gemeld." }), Path, "verwijzingId");

        var verwijzingen = await Verwijzingen(School, kort.Id, lang.Id, gestart.Id, ingetrokken.Id);

        Assert.Equal([lang.Id, kort.Id], verwijzingen.Select(v => v.GetProperty("id").GetGuid()));
        var eerste = verwijzingen[0];
        Assert.Equal(lang.Referentie, eerste.GetProperty("referentie").GetString());
        Assert.Equal(School, eerste.GetProperty("brin").GetString());
        Assert.Equal(Dag(-30), eerste.GetProperty("verwijsdatum").GetString());
        Assert.Equal(30, eerste.GetProperty("dagenWachtend").GetInt32());
        Assert.Equal(10, verwijzingen[1].GetProperty("dagenWachtend").GetInt32());
    }

    [Fact]
    public async Task A_referral_corrected_to_another_school_is_listed_there_only()
    {
        var verhuisd = await MeldAsync(-7);

        // Moving it to another school is the SWV's to do (both schools are in PO2201), not one school's.
        await Accepted(await Fixture.Als(AlsEigenaar.SwvMedewerker).PostAsJsonAsync($"{Path}/{verhuisd.Id}/correcties", new
        {
            meldingId = Guid.NewGuid(), gecorrigeerdeMeldingId = verhuisd.MeldingId, referentie = verhuisd.Referentie, brin = AndereSchool, verwijsdatum = Dag(-7),
        }, Ct), Path, "verwijzingId");

        Assert.Empty(await Verwijzingen(School, verhuisd.Id));
        Assert.Equal(AndereSchool, Assert.Single(await Verwijzingen(AndereSchool, verhuisd.Id)).GetProperty("brin").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("?brin=12ab")]
    [InlineData("?brin=98XY")]
    public async Task A_missing_malformed_or_unknown_brin_is_a_400_naming_brin(string query)
    {
        var response = await Fixture.Client.GetAsync($"{Path}{query}", Ct);

        Assert.Equal(["brin"], await InvalidFields(response));
    }
}

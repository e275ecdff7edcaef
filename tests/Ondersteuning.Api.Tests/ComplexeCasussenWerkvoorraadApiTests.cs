using System.Text.Json;

namespace Ondersteuning.Api.Tests;

/// <summary>GET /v1/complexe-casussen?gemeente=: the municipality's open complex cases.</summary>
public sealed class ComplexeCasussenWerkvoorraadApiTests(OndersteuningApiFixture fixture) : ApiTest(fixture)
{
    private const string Path = "/v1/complexe-casussen";

    /// <summary>The lists are filtered to the cases each test made: other tests report in this municipality too.</summary>
    private const string Gemeente = "GM1731";

    private static string NewReferentie() => $"CC-{Guid.NewGuid():N}"[..20];

    private async Task<(Guid Id, Guid MeldingId)> MeldAsync(int startOffset, object? casusregisseur = null)
    {
        var meldingId = Guid.NewGuid();
        var response = await Post(Path, new { meldingId, referentie = NewReferentie(), gemeente = Gemeente, startdatum = Dag(startOffset), casusregisseur });
        return (await Accepted(response, Path, "casusId"), meldingId);
    }

    [Fact]
    public async Task The_worklist_lists_open_cases_past_twelve_weeks_first_then_oldest_without_closed_or_withdrawn_ones()
    {
        var recent = await MeldAsync(-10);
        var preciesTwaalfWeken = await MeldAsync(-84);
        var oudsteMetRegisseur = await MeldAsync(-100, new { rol = "casusregisseur", organisatie = "Sociaal team Midden-Drenthe" });
        var toegewezen = await MeldAsync(-90);
        var afgesloten = await MeldAsync(-120);
        var ingetrokken = await MeldAsync(-130);
        await Accepted(await Post($"{Path}/{toegewezen.Id}/casusregisseur",
            new { meldingId = Guid.NewGuid(), rol = "regisseur jeugd", organisatie = "Gemeente Midden-Drenthe", datum = Dag(-3) }), Path, "casusId");
        await Accepted(await Post($"{Path}/{afgesloten.Id}/afsluiting", new { meldingId = Guid.NewGuid(), einddatum = Dag(-1) }), Path, "casusId");
        await Accepted(await Post($"{Path}/{ingetrokken.Id}/intrekkingen",
            new { meldingId = Guid.NewGuid(), ingetrokkenMeldingId = ingetrokken.MeldingId, reden = "Verkeerde gemeente." }), Path, "casusId");
        Guid[] mijn = [recent.Id, preciesTwaalfWeken.Id, oudsteMetRegisseur.Id, toegewezen.Id, afgesloten.Id, ingetrokken.Id];

        var werkvoorraad = await Get($"{Path}?gemeente={Gemeente}");

        Assert.Equal(Gemeente, werkvoorraad.GetProperty("gemeente").GetString());
        Assert.Equal(Dag(0), werkvoorraad.GetProperty("peildatum").GetString());
        var casussen = werkvoorraad.GetProperty("casussen").EnumerateArray().Where(c => mijn.Contains(c.GetProperty("id").GetGuid())).ToArray();
        Assert.Equal([oudsteMetRegisseur.Id, toegewezen.Id, preciesTwaalfWeken.Id, recent.Id], casussen.Select(c => c.GetProperty("id").GetGuid()));
        Assert.Equal([true, true, false, false], casussen.Select(c => c.GetProperty("langerDanTwaalfWeken").GetBoolean()));
        Assert.Equal([14, 12, 12, 1], casussen.Select(c => c.GetProperty("wekenOpen").GetInt32()));
        Assert.Equal(Dag(-100), casussen[0].GetProperty("startdatum").GetString());
        Assert.Equal("Sociaal team Midden-Drenthe", casussen[0].GetProperty("casusregisseur").GetProperty("organisatie").GetString());
        Assert.Equal("regisseur jeugd", casussen[1].GetProperty("casusregisseur").GetProperty("rol").GetString());
        Assert.Equal(JsonValueKind.Null, casussen[3].GetProperty("casusregisseur").ValueKind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?gemeente=GM0014")]
    [InlineData("?gemeente=Assen")]
    public async Task A_missing_or_foreign_municipality_is_a_400_naming_gemeente(string query)
    {
        var response = await Fixture.Client.GetAsync($"{Path}{query}", Ct);

        Assert.Equal(["gemeente"], await InvalidFields(response));
    }
}

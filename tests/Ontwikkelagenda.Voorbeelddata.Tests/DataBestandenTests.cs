using System.Text.Json.Nodes;

namespace Ontwikkelagenda.Voorbeelddata.Tests;

/// <summary>The versioned reference files next to the sample: agenda, benchmarks and the report's raw counts.</summary>
public sealed class DataBestandenTests
{
    private static JsonNode Lees(string naam) => JsonNode.Parse(File.ReadAllText(RepoRoot.File("data", naam)))!;

    [Fact]
    public void Every_agenda_version_holds_the_six_goals_and_the_current_one_their_KPIs()
    {
        var versies = Lees("agenda.json")["versies"]!.AsArray();

        Assert.Equal(["2016-2018", "2025-2027"], versies.Select(v => v!["periode"]!.GetValue<string>()));
        Assert.All(versies, v => Assert.Equal([1, 2, 3, 4, 5, 6], v!["doelen"]!.AsArray().Select(d => d!["nummer"]!.GetValue<int>())));
        var huidig = versies[1]!;
        Assert.Equal("2025-08-01", huidig["geldigVanaf"]!.GetValue<string>());
        Assert.Equal(6, huidig["normAanbiedersPerSchool"]!.GetValue<int>());
        Assert.Equal(
            [null, "trajecten.aandeelLicht", "inkoop.scholenBovenNorm", "regie.aandeelMetCasusregisseur", "thuiszitters.langerDanDrieMaanden", "eed.dekking"],
            huidig["doelen"]!.AsArray().Select(d => d!["kpi"]?.GetValue<string>()));
        Assert.All(huidig["doelen"]!.AsArray().Where(d => d!["kpi"] is not null), d =>
        {
            var grenzen = d!["grenzen"]!;
            var richting = grenzen["richting"]!.GetValue<string>();
            Assert.Contains(richting, new[] { "hoger-is-beter", "lager-is-beter" });
            var opKoers = grenzen["opKoers"]!.GetValue<decimal>();
            var aandacht = grenzen["aandachtNodig"]!.GetValue<decimal>();
            Assert.True(richting == "hoger-is-beter" ? opKoers > aandacht : opKoers < aandacht, d["titel"]!.GetValue<string>());
        });
    }

    [Fact]
    public void OOGO_meetings_are_in_date_order_with_one_planned_after_25_November_2026()
    {
        var datums = Lees("agenda.json")["oogoOverleggen"]!.AsArray()
            .Select(o => DateOnly.Parse(o!["datum"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

        Assert.Equal(datums.Order(), datums);
        Assert.Single(datums, d => d > new DateOnly(2026, 11, 25));
    }

    [Fact]
    public void Benchmarks_hold_the_context_table_of_school_year_2016_2017()
    {
        var benchmarks = Lees("benchmarks.json")["benchmarks"]!.AsArray();

        Assert.Equal(12, benchmarks.Count);
        Assert.All(benchmarks, b => Assert.Equal("2016-2017", b!["schooljaar"]!.GetValue<string>()));
        var nl = benchmarks.Single(b => b!["gebied"]!.GetValue<string>() == "Nederland" && b["soort"]!.GetValue<string>() == "langdurig-relatief-verzuim-per-1000");
        Assert.Equal(1.6m, nl!["waarde"]!.GetValue<decimal>());
    }

    [Theory]
    [InlineData("verzuim.absoluut", "0.2")]
    [InlineData("verzuim.langdurigRelatief", "0.8")]
    [InlineData("verzuim.relatief", "14.8")]
    [InlineData("deelname.bao", "96.5")]
    [InlineData("deelname.sbo", "1.2")]
    [InlineData("deelname.so", "1.0")]
    [InlineData("deelname.vso", "1.3")]
    [InlineData("rmc.dekking", "90.6")]
    [InlineData("vrijstelling.art5a", "9")]
    [InlineData("aventurijn.zorgaanbieders", "23")]
    public void The_report_figures_follow_from_the_raw_counts(string code, string verwacht)
    {
        var cijfer = Lees("rapportcijfers.json")["cijfers"]!.AsArray().Single(c => c!["code"]!.GetValue<string>() == code)!;
        var teller = cijfer["teller"]!.GetValue<int>();
        var noemer = cijfer["noemer"]?.GetValue<int>();
        var waarde = cijfer["eenheid"]!.GetValue<string>() switch
        {
            "per-1000" => Math.Round(teller * 1000m / noemer!.Value, 1, MidpointRounding.AwayFromZero),
            "procent" => Math.Round(teller * 100m / noemer!.Value, 1, MidpointRounding.AwayFromZero),
            _ => teller,
        };

        Assert.Equal(decimal.Parse(verwacht, System.Globalization.CultureInfo.InvariantCulture), waarde);
        Assert.Equal(cijfer["eenheid"]!.GetValue<string>() == "aantal", noemer is null);
    }
}

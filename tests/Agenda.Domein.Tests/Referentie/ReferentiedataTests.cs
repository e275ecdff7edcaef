using Agenda.Domein.Referentie;
using Ontwikkelagenda.Contracts.Register;
using Ontwikkelagenda.Contracts.Values;

namespace Agenda.Domein.Tests.Referentie;

/// <summary>The register in data/referentiedata.json against the totals in domain.md.</summary>
public class ReferentiedataTests
{
    private static readonly Referentiedata Data = Referentiedata.Load(Path.Combine(AppContext.BaseDirectory, "data", "referentiedata.json"));

    /// <summary>A peildatum in school year 2025-2026, the year of the file's counts.</summary>
    private static readonly DateOnly Peildatum = new(2026, 3, 1);

    private static readonly IReadOnlyList<School> Scholen = Data.ScholenOp(Peildatum);

    private static IEnumerable<School> Van(string swv) => Scholen.Where(s => s.Swv == swv);

    private static int Leerlingen(IEnumerable<School> scholen) => scholen.Sum(s => s.Leerlingen);

    private static decimal Aandeel(string swv, SchoolSoort soort) =>
        100m * Leerlingen(Van(swv).Where(s => s.Soort == soort)) / Leerlingen(Van(swv));

    [Fact]
    public void The_file_counts_school_year_2025_2026_and_says_it_holds_sample_data()
    {
        Assert.Equal("2025-2026", Assert.Single(Data.Tellingen).Schooljaar);
        Assert.Contains("sample data", Data.Opmerking);
    }

    [Fact]
    public void The_region_has_its_four_municipalities_with_Tynaarlo_at_5270_young_people()
    {
        Assert.Equal(RegioGemeenten.All.Select(g => g.Value).Order(), Data.Gemeenten.Select(g => g.Code).Order());
        Assert.Equal(5270, Data.JongerenIn("GM1730", Peildatum));
        Assert.All(Data.GemeentenOp(Peildatum), g => Assert.True(g.Jongeren5Tot18 > 0));
    }

    [Fact]
    public void The_two_samenwerkingsverbanden_are_PO2201_and_VO2201()
    {
        Assert.Equal(["PO2201", "VO2201"], Data.Samenwerkingsverbanden.Select(s => s.Code).Order());
    }

    [Fact]
    public void Every_school_has_a_unique_valid_BRIN_a_region_municipality_and_a_known_SWV()
    {
        Assert.Equal(Scholen.Count, Scholen.Select(s => s.Brin).Distinct().Count());
        Assert.All(Scholen, s =>
        {
            Assert.True(Brin.TryParse(s.Brin, out _), s.Brin);
            Assert.NotNull(Data.GemeenteInRegister(s.Gemeente));
            Assert.Contains(s.Swv, Data.Samenwerkingsverbanden.Select(v => v.Code));
            Assert.True(s.Leerlingen > 0);
        });
    }

    [Fact]
    public void SWV_PO_has_80_basisscholen_about_12500_pupils_with_2_5_percent_SBO_and_1_percent_SO()
    {
        Assert.Equal(80, Van("PO2201").Count(s => s.Soort == SchoolSoort.Bao));
        Assert.InRange(Leerlingen(Van("PO2201")), 12_250, 12_750);
        Assert.InRange(Aandeel("PO2201", SchoolSoort.Sbo), 2.2m, 2.8m);
        Assert.InRange(Aandeel("PO2201", SchoolSoort.So), 0.7m, 1.3m);
        Assert.All(Van("PO2201"), s => Assert.Contains(s.Soort, new[] { SchoolSoort.Bao, SchoolSoort.Sbo, SchoolSoort.So }));
    }

    [Fact]
    public void SWV_VO_has_14_VO_and_PrO_schools_about_7500_pupils_with_3_5_percent_VSO_and_PrO()
    {
        Assert.Equal(14, Van("VO2201").Count(s => s.Soort is SchoolSoort.Vo or SchoolSoort.Pro));
        Assert.InRange(Leerlingen(Van("VO2201")), 7_350, 7_650);
        Assert.InRange(Aandeel("VO2201", SchoolSoort.Vso), 3.2m, 3.8m);
        Assert.InRange(Aandeel("VO2201", SchoolSoort.Pro), 3.2m, 3.8m);
        Assert.All(Van("VO2201"), s => Assert.Contains(s.Soort, new[] { SchoolSoort.Vo, SchoolSoort.Pro, SchoolSoort.Vso }));
    }

    [Fact]
    public void Tynaarlo_has_about_3050_BAO_pupils()
    {
        Assert.InRange(Leerlingen(Scholen.Where(s => s.Gemeente == "GM1730" && s.Soort == SchoolSoort.Bao)), 2_990, 3_110);
    }

    [Fact]
    public void Assen_is_the_largest_municipality_by_pupils()
    {
        var perGemeente = Scholen.GroupBy(s => s.Gemeente).ToDictionary(g => g.Key, g => Leerlingen(g));
        Assert.Equal("GM0106", perGemeente.MaxBy(p => p.Value).Key);
    }

    [Theory]
    [InlineData("SBO De Meander", SchoolSoort.Sbo, "PO2201")]
    [InlineData("SBO De Boei", SchoolSoort.Sbo, "PO2201")]
    [InlineData("De Aventurijn", SchoolSoort.So, "PO2201")]
    [InlineData("De Atlas", SchoolSoort.Vso, "VO2201")]
    public void The_named_special_schools_are_registered(string naam, SchoolSoort soort, string swv)
    {
        var school = Assert.Single(Scholen, s => s.Naam.StartsWith(naam, StringComparison.Ordinal));
        Assert.Equal(soort, school.Soort);
        Assert.Equal(swv, school.Swv);
    }

    [Fact]
    public void De_Aventurijn_and_De_Atlas_are_in_Assen_with_60_and_200_pupils()
    {
        var aventurijn = Scholen.Single(s => s.Naam.StartsWith("De Aventurijn", StringComparison.Ordinal));
        var atlas = Scholen.Single(s => s.Naam.StartsWith("De Atlas", StringComparison.Ordinal));

        Assert.Equal(("GM0106", 60), (aventurijn.Gemeente, aventurijn.Leerlingen));
        Assert.Equal(("GM0106", 200), (atlas.Gemeente, atlas.Leerlingen));
    }

    [Fact]
    public void W_A_van_Liefland_has_an_SO_and_a_VSO_department_with_distinct_BRINs()
    {
        var liefland = Scholen.Where(s => s.Naam.StartsWith("W.A. van Liefland", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, liefland.Count);
        Assert.Contains(liefland, s => s.Soort == SchoolSoort.So && s.Swv == "PO2201");
        Assert.Contains(liefland, s => s.Soort == SchoolSoort.Vso && s.Swv == "VO2201");
        Assert.NotEqual(liefland[0].Brin, liefland[1].Brin);
    }

    [Fact]
    public void The_denominators_add_up_per_SWV_and_for_the_region()
    {
        Assert.Equal(Leerlingen(Van("PO2201")), Data.LeerlingenVanSwv("PO2201", Peildatum));
        Assert.Equal(Data.GemeentenOp(Peildatum).Sum(g => g.Jongeren5Tot18), Data.JongerenInRegio(Peildatum));
        Assert.Null(Data.LeerlingenVanSwv("XX0000", Peildatum));
    }

    [Fact]
    public void Every_value_of_the_old_single_year_file_is_kept_in_the_2025_2026_telling()
    {
        var telling = Data.Tellingen.Single();

        Assert.Equal(new Dictionary<string, int> { ["GM1680"] = 3500, ["GM0106"] = 9400, ["GM1731"] = 4800, ["GM1730"] = 5270 },
            telling.Jongeren5Tot18.ToDictionary());
        Assert.Equal(Data.Scholen.Select(s => s.Brin).Order(), telling.Leerlingen.Keys.Order());
        Assert.Contains("onderzoeksrapport Tynaarlo 2019", telling.Bronnen!["GM1730"]);
    }
}

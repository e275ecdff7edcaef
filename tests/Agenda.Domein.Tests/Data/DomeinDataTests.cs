using Agenda.Domein.Data;
using Agenda.Domein.Kpis;
using Ontwikkelagenda.Contracts.Kpis;
using static Agenda.Domein.Tests.Maak;

namespace Agenda.Domein.Tests.Data;

public class DomeinDataTests
{
    private static readonly DomeinData Klein = DomeinData.Load(Path.Combine(AppContext.BaseDirectory, "TestData", "klein"));
    private static readonly DomeinData Echt = DomeinData.Load(Path.Combine(AppContext.BaseDirectory, "data"));

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
    public void The_reports_figures_are_reproduced_from_their_raw_counts(string code, string waarde)
    {
        Assert.Equal(decimal.Parse(waarde, System.Globalization.CultureInfo.InvariantCulture), Klein.Rapportcijfers.Single(c => c.Code == code).Waarde);
    }

    [Fact]
    public void A_count_has_no_denominator()
    {
        Assert.Null(Klein.Rapportcijfers.Single(c => c.Code == "vrijstelling.art5a").Noemer);
    }

    [Fact]
    public void The_loader_reads_the_register_with_its_tellingen_the_agenda_the_meetings_and_the_benchmarks()
    {
        Assert.Equal(5000, Klein.Referentiedata.JongerenIn("GM1730", D("2025-01-01")));
        Assert.Equal(300, Klein.Referentiedata.LeerlingenVan("11AA", D("2025-09-01")));
        Assert.Equal(["2016-2018", "2025-2027"], Klein.AgendaVersies.Select(v => v.Periode));
        Assert.Equal([D("2025-04-10"), D("2025-10-09")], Klein.OogoOverleggen.Select(o => o.Datum));
        Assert.Equal(0.6m, Assert.Single(Klein.Benchmarks).Waarde);
        Assert.Equal(Ontwikkelagenda.Contracts.Agenda.StatusRichting.LagerIsBeter, Klein.AgendaVersies[1].Doelen[0].Grenzen!.Richting);
    }

    [Theory]
    [InlineData("2010-01-01", "2016-2018")] // before the first version: the first
    [InlineData("2025-07-31", "2016-2018")]
    [InlineData("2025-08-01", "2025-2027")]
    [InlineData("2030-01-01", "2025-2027")]
    public void The_agenda_at_a_peildatum_is_the_latest_version_starting_on_or_before_it(string peildatum, string periode)
    {
        Assert.Equal(periode, Klein.AgendaOp(D(peildatum)).Periode);
    }

    [Fact]
    public void The_real_data_files_load_and_reproduce_the_RMC_figure()
    {
        Assert.Equal(90.6m, Echt.Rapportcijfers.Single(c => c.Code == "rmc.dekking").Waarde);
        Assert.Equal(14.8m, Echt.Rapportcijfers.Single(c => c.Code == "verzuim.relatief").Waarde);
        Assert.NotEmpty(Echt.Benchmarks);
        Assert.Equal(5270, Echt.Referentiedata.JongerenIn("GM1730", D("2026-01-01")));
    }

    [Fact]
    public void Every_KPI_key_in_the_real_agenda_is_one_the_calculator_knows()
    {
        var cijfers = new ScopeCijfers(
            new(1, 1, 1m, 1m), new(0, 0, 0m, 0m), new(0, 0, 0m, 0m), new("2025-2026", 0, 0, 0, 0m, 0m, 0m),
            new(1, null, 6, 1, 1, 1), new(1, 1, 100m, 100m, 0, 0, 0, null), new(1, 1, 100m, 0), new(1, 1, 0, 100m), []);

        Assert.All(KpiSleutels.Alle, kpi => Assert.NotNull(DoelStandCalculator.KpiWaarde(kpi, cijfers)));
        Assert.All(Echt.AgendaVersies.SelectMany(v => v.Doelen).Where(d => d.Kpi is not null), d => Assert.Contains(d.Kpi, KpiSleutels.Alle));
    }
}

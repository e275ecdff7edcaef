using System.Text;
using Agenda.Api.Client;
using Ontwikkelagenda.Web.Export;
using Ontwikkelagenda.Contracts.Kpis;

namespace Ontwikkelagenda.Web.Tests;

public sealed class InkoopCsvTests
{
    private static readonly Dictionary<string, string> Namen = new() { ["GM0106"] = "Assen", ["GM1730"] = "Tynaarlo" };

    private static string[] Regels(byte[] bytes) =>
        Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void School_rows_have_a_Dutch_header_and_keep_the_given_order()
    {
        var scholen = new[]
        {
            InkoopVoorbeeld.School("51GD", "De Aventurijn", "GM0106", 9),
            InkoopVoorbeeld.School("12AB", "OBS De Zevensprong", "GM1730", 2),
        };

        var regels = Regels(InkoopCsv.Scholen(scholen, Namen));

        Assert.Equal("BRIN;School;Gemeente;Aantal aanbieders;Boven norm;Aanbieders", regels[0]);
        Assert.StartsWith("51GD;De Aventurijn;Assen;9;ja;Aanbieder 01 51GD, Aanbieder 02 51GD", regels[1]);
        Assert.StartsWith("12AB;OBS De Zevensprong;Tynaarlo;2;nee;", regels[2]);
        Assert.Equal(3, regels.Length);
    }

    [Fact]
    public void Quotes_school_and_provider_names_holding_a_semicolon_or_quote()
    {
        var school = new SchoolAanbieders("94JN", "OBS \"De Octopus\"; Paterswolde", "GM1730", 1,
            [new Aanbieder(Guid.NewGuid(), "Zorg; en \"meer\"")], false);

        var regels = Regels(InkoopCsv.Scholen([school], Namen));

        Assert.Equal("94JN;\"OBS \"\"De Octopus\"\"; Paterswolde\";Tynaarlo;1;nee;\"Zorg; en \"\"meer\"\"\"", regels[1]);
    }

    [Fact]
    public void Municipality_rows_name_code_name_count_and_providers()
    {
        var gemeente = new GemeenteAanbieders("GM1730", "Tynaarlo", 2,
            [new Aanbieder(Guid.NewGuid(), "Yorneo"), new Aanbieder(Guid.NewGuid(), "Accare")]);

        var regels = Regels(InkoopCsv.Gemeenten([gemeente]));

        Assert.Equal("CBS-code;Gemeente;Aantal aanbieders;Aanbieders", regels[0]);
        Assert.Equal("GM1730;Tynaarlo;2;Accare, Yorneo", regels[1]);
    }
}

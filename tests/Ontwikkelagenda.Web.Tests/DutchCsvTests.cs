using System.Text;
using Ontwikkelagenda.Web.Export;

namespace Ontwikkelagenda.Web.Tests;

public sealed class DutchCsvTests
{
    [Fact]
    public void Starts_with_the_UTF8_byte_order_mark_so_Excel_reads_the_accents()
    {
        var bytes = DutchCsv.Bytes(["Naam"], [["Eén"]]);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal("Naam\r\nEén\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void Separates_fields_with_a_semicolon_and_ends_rows_with_CRLF()
    {
        Assert.Equal("A;B\r\n1;2\r\n", DutchCsv.Text(["A", "B"], [["1", "2"]]));
    }

    [Theory]
    [InlineData("Zorg; en welzijn", "\"Zorg; en welzijn\"")]
    [InlineData("Buro \"Einstein\"", "\"Buro \"\"Einstein\"\"\"")]
    [InlineData("regel\nregel", "\"regel\nregel\"")]
    [InlineData("Accare, Yorneo", "Accare, Yorneo")]
    [InlineData("", "")]
    public void Quotes_a_field_only_when_it_holds_a_separator_quote_or_line_break(string value, string expected)
    {
        Assert.Equal(expected, DutchCsv.Field(value));
    }

    [Theory]
    [InlineData("=SOM(A1)", "'=SOM(A1)")]
    [InlineData("+31 zorg", "'+31 zorg")]
    [InlineData("@home", "'@home")]
    public void Keeps_a_name_that_looks_like_a_formula_as_text(string value, string expected)
    {
        Assert.Equal(expected, DutchCsv.Field(value));
    }
}

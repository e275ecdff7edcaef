using System.Text;
using Ontwikkelagenda.Web.Melden.Upload;

namespace Ontwikkelagenda.Web.Tests.Melden;

public sealed class CsvLezerTests
{
    [Fact]
    public void Reads_semicolon_separated_rows_with_the_header_as_column_names()
    {
        var tabel = CsvLezer.Lees("casusReferentie;gemeente\nLP-1;GM0106\nLP-2;GM1730\n");

        Assert.Equal(';', tabel.Scheidingsteken);
        Assert.Equal(["casusReferentie", "gemeente"], tabel.Kolommen);
        Assert.Equal(["LP-1", "GM0106"], tabel.Rijen[0].Cellen);
        Assert.Equal(["LP-2", "GM1730"], tabel.Rijen[1].Cellen);
    }

    [Fact]
    public void Takes_comma_as_separator_when_the_header_has_more_commas_than_semicolons()
    {
        var tabel = CsvLezer.Lees("referentie,brin,verwijsdatum\r\nEED-1,19SL,2026-10-12\r\n");

        Assert.Equal(',', tabel.Scheidingsteken);
        Assert.Equal(["EED-1", "19SL", "2026-10-12"], tabel.Rijen.Single().Cellen);
    }

    [Fact]
    public void A_quoted_cell_keeps_separators_doubled_quotes_and_line_breaks()
    {
        var tabel = CsvLezer.Lees("a;b;c\n\"x;y\";\"zei \"\"hallo\"\"\";\"regel 1\nregel 2\"\nlaatste;2;3\n");

        Assert.Equal(["x;y", "zei \"hallo\"", "regel 1\nregel 2"], tabel.Rijen[0].Cellen);
        // The record after a cell with a line break starts on line 4: the row number a spreadsheet shows.
        Assert.Equal(4, tabel.Rijen[1].Regel);
    }

    [Fact]
    public void Strips_the_utf8_byte_order_mark_from_the_first_column_name()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("casusReferentie;gemeente\nLP-1;GM0106\n")).ToArray();

        var tabel = CsvLezer.Lees(bytes);

        Assert.Equal("casusReferentie", tabel.Kolommen[0]);
    }

    [Fact]
    public void Reads_accented_text_as_utf8()
    {
        var tabel = CsvLezer.Lees(Encoding.UTF8.GetBytes("naam\nZorg één\n"));

        Assert.Equal("Zorg één", tabel.Rijen.Single().Cellen[0]);
    }

    [Fact]
    public void Skips_empty_lines_and_rows_of_empty_cells_but_keeps_the_line_numbers()
    {
        var tabel = CsvLezer.Lees("a;b\n\nx;1\n;\n   \ny;2");

        Assert.Equal([3, 6], tabel.Rijen.Select(r => r.Regel));
        Assert.Equal(["y", "2"], tabel.Rijen[1].Cellen);
    }

    [Fact]
    public void Trims_cells_and_keeps_empty_cells_in_place()
    {
        var tabel = CsvLezer.Lees("a;b;c\n x ;;z\n");

        Assert.Equal(["x", "", "z"], tabel.Rijen.Single().Cellen);
    }

    [Fact]
    public void An_empty_file_has_no_columns_and_no_rows()
    {
        var tabel = CsvLezer.Lees("");

        Assert.Empty(tabel.Kolommen);
        Assert.Empty(tabel.Rijen);
    }
}

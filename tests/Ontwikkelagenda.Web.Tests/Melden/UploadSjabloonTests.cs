using System.Text;
using Ontwikkelagenda.Web.Melden.Upload;

namespace Ontwikkelagenda.Web.Tests.Melden;

public sealed class UploadSjabloonTests
{
    private readonly ThuiszitterUpload soort = new(new FakeLeerplichtApi());

    [Fact]
    public void The_header_names_the_json_fields_separated_by_semicolons_plus_the_note_column()
    {
        var kop = UploadSjabloon.Tekst(soort).Split("\r\n")[0];

        Assert.Equal("casusReferentie;gemeente;soortVerzuim;brin;startdatum;opmerking", kop);
    }

    [Fact]
    public void The_file_is_utf8_with_a_byte_order_mark()
    {
        var bytes = UploadSjabloon.Bytes(soort);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
    }

    [Fact]
    public void Has_one_example_row_marked_as_example()
    {
        var tabel = CsvLezer.Lees(UploadSjabloon.Bytes(soort));

        var voorbeeld = Assert.Single(tabel.Rijen);
        Assert.StartsWith("voorbeeld", voorbeeld.Cellen[^1]);
        Assert.Equal(tabel.Kolommen.Count, voorbeeld.Cellen.Count);
    }

    [Fact]
    public async Task The_example_row_is_never_sent_and_a_template_alone_is_reported_as_without_meldingen()
    {
        var api = new FakeLeerplichtApi();

        var rapport = await UploadControle.Controleer(new ThuiszitterUpload(api), UploadSjabloon.Bytes(soort), null, CancellationToken.None);

        Assert.False(rapport.Schoon);
        Assert.Empty(rapport.TeVersturen);
        Assert.Contains("alleen de voorbeeldrij", Assert.Single(rapport.Regels));
        Assert.Empty(api.Gecontroleerd);
    }
}

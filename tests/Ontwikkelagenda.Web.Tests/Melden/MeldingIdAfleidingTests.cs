using System.Text;
using Ontwikkelagenda.Web.Melden.Upload;

namespace Ontwikkelagenda.Web.Tests.Melden;

public sealed class MeldingIdAfleidingTests
{
    [Fact]
    public void Version_5_matches_the_published_value_for_the_dns_namespace()
    {
        // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        Assert.Equal(new Guid("886313e1-3b8a-5372-9b90-0c9aee199e5d"), MeldingIdAfleiding.Versie5(dns, "python.org"));
    }

    [Fact]
    public void The_same_file_and_row_give_the_same_meldingId()
    {
        var bestand = Encoding.UTF8.GetBytes("a;b\n1;2\n");

        var eerste = MeldingIdAfleiding.Voor(MeldingIdAfleiding.Vingerafdruk(bestand), "thuiszitters", 2);
        var tweede = MeldingIdAfleiding.Voor(MeldingIdAfleiding.Vingerafdruk([.. bestand]), "thuiszitters", 2);

        Assert.Equal(eerste, tweede);
        Assert.Equal(5, eerste.Version);
    }

    [Fact]
    public void Another_row_kind_or_file_gives_another_meldingId()
    {
        var vingerafdruk = MeldingIdAfleiding.Vingerafdruk(Encoding.UTF8.GetBytes("a;b\n1;2\n"));
        var ander = MeldingIdAfleiding.Vingerafdruk(Encoding.UTF8.GetBytes("a;b\n1;3\n"));

        var ids = new[]
        {
            MeldingIdAfleiding.Voor(vingerafdruk, "thuiszitters", 2),
            MeldingIdAfleiding.Voor(vingerafdruk, "thuiszitters", 3),
            MeldingIdAfleiding.Voor(vingerafdruk, "trajecten", 2),
            MeldingIdAfleiding.Voor(ander, "thuiszitters", 2),
        };

        Assert.Equal(ids.Length, ids.Distinct().Count());
    }
}

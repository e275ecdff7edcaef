using Agenda.Domein;
using Agenda.Silo.EventStore;

namespace Ontwikkelagenda.UnitTests.EventStore;

public class ScopeSleutelTests
{
    [Theory]
    [InlineData("school:19SL")]
    [InlineData("swv:PO2201")]
    [InlineData("gemeente:GM0106")]
    [InlineData("regio:22.01")]
    public void A_stored_scope_key_reads_back_as_the_scope_that_wrote_it(string sleutel)
    {
        var scope = ScopeSleutel.Parse(sleutel);

        Assert.Equal(sleutel, scope.ToString());
    }

    [Fact]
    public void A_municipality_key_names_the_municipality()
    {
        Assert.Equal(Scope.Gemeente("GM1730"), ScopeSleutel.Parse("gemeente:GM1730"));
    }

    [Theory]
    [InlineData("GM0106")]
    [InlineData("provincie:Drenthe")]
    public void A_key_without_a_known_kind_is_refused(string sleutel)
    {
        Assert.Throws<InvalidDataException>(() => ScopeSleutel.Parse(sleutel));
    }
}

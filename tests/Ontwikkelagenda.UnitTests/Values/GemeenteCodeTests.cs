using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.UnitTests.Values;

public class GemeenteCodeTests
{
    [Theory]
    [InlineData("GM1730")]
    [InlineData("GM0106")]
    public void GM_and_four_digits_is_a_municipality_code(string text)
    {
        Assert.True(GemeenteCode.TryParse(text, out var code));
        Assert.Equal(text, code.Value);
    }

    [Theory]
    [InlineData("gm1730")]
    [InlineData("GM173")]
    [InlineData("GM17300")]
    [InlineData("1730")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_refused(string? text)
    {
        Assert.False(GemeenteCode.TryParse(text, out _));
    }

    [Fact]
    public void The_region_has_four_municipalities()
    {
        Assert.Equal(4, RegioGemeenten.All.Count);
        Assert.True(RegioGemeenten.Contains(GemeenteCode.Parse("GM1730")));
        Assert.False(RegioGemeenten.Contains(GemeenteCode.Parse("GM0014")));
    }
}

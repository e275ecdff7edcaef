using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.UnitTests.Values;

public class BrinTests
{
    [Theory]
    [InlineData("12AB")]
    [InlineData("00ZZ")]
    public void Two_digits_then_two_capital_letters_is_a_BRIN(string text)
    {
        Assert.True(Brin.TryParse(text, out var brin));
        Assert.Equal(text, brin.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12ab")]
    [InlineData("1AB")]
    [InlineData("12ABC")]
    [InlineData("AB12")]
    [InlineData("12AB00")]
    [InlineData(" 12AB")]
    [InlineData(null)]
    public void Anything_else_is_refused(string? text)
    {
        Assert.False(Brin.TryParse(text, out _));
    }
}

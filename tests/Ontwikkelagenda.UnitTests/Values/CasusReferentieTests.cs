using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.UnitTests.Values;

public class CasusReferentieTests
{
    [Theory]
    [InlineData("A12")]
    [InlineData("LP-2025/001_x.y")]
    [InlineData("123456789")] // nine digits that fail the eleven-test: not a BSN
    [InlineData("12345678")]
    public void A_pseudonymous_reference_is_accepted(string text)
    {
        Assert.True(CasusReferentie.TryParse(text, out var referentie, out var reden));
        Assert.Equal(text, referentie.Value);
        Assert.Null(reden);
    }

    [Fact]
    public void Forty_characters_is_the_longest_accepted()
    {
        Assert.True(CasusReferentie.TryParse("1" + new string('a', 39), out _, out _));
        Assert.False(CasusReferentie.TryParse("1" + new string('a', 40), out _, out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("A1")]
    [InlineData("abc")]
    [InlineData("LP 2025 1")]
    [InlineData("LP#2025")]
    [InlineData("zaak-één-1")]
    public void Too_short_no_digit_or_other_characters_are_refused(string text)
    {
        Assert.False(CasusReferentie.TryParse(text, out _, out var reden));
        Assert.NotNull(reden);
    }

    [Fact]
    public void A_nine_digit_number_passing_the_eleven_test_is_refused_as_a_possible_BSN()
    {
        Assert.True(Bsn.LooksLikeBsn("111222333"));
        Assert.False(CasusReferentie.TryParse("111222333", out _, out var reden));
        Assert.Contains("BSN", reden);
    }

    [Fact]
    public void A_nine_digit_number_failing_the_eleven_test_is_no_BSN()
    {
        Assert.False(Bsn.LooksLikeBsn("123456789"));
    }
}

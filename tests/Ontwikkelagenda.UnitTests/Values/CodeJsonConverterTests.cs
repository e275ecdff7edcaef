using System.Text.Json;
using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.UnitTests.Values;

/// <summary>Codes travel in events and API bodies as plain text, and a malformed one never deserialises.</summary>
public sealed class CodeJsonConverterTests
{
    private sealed record Carrier(Brin? Brin, GemeenteCode Gemeente);

    [Fact]
    public void CodesAreWrittenAsTheirTextAndReadBack()
    {
        var carrier = new Carrier(Brin.Parse("12AB"), GemeenteCode.Parse("GM1730"));

        var json = JsonSerializer.Serialize(carrier);

        Assert.Equal("""{"Brin":"12AB","Gemeente":"GM1730"}""", json);
        Assert.Equal(carrier, JsonSerializer.Deserialize<Carrier>(json));
    }

    [Fact]
    public void AnAbsentBrinStaysNull() =>
        Assert.Null(JsonSerializer.Deserialize<Carrier>("""{"Brin":null,"Gemeente":"GM0106"}""")!.Brin);

    [Theory]
    [InlineData("""{"Brin":"12ab","Gemeente":"GM1730"}""")]
    [InlineData("""{"Brin":"12AB","Gemeente":"1730"}""")]
    public void AMalformedCodeIsRefused(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Carrier>(json));
}

using System.Text.Json;
using Agenda.Api.Client;

namespace Ontwikkelagenda.UnitTests.Serialisatie;

/// <summary>
/// A figure about children on Agenda.Api's wire (docs/rights.md): its value, or no value and why it is withheld; 0 is a
/// figure like any other. What is read back is what was written.
/// </summary>
public sealed class CijferJsonTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static TheoryData<int, string> Aantallen => new()
    {
        { 0, """{"waarde":0}""" },
        { 1, """{"waarde":null,"onderdrukking":"kleinAantal"}""" },
        { 4, """{"waarde":null,"onderdrukking":"kleinAantal"}""" },
        { 5, """{"waarde":5}""" },
    };

    [Theory]
    [MemberData(nameof(Aantallen))]
    public void A_count_of_1_to_4_goes_on_the_wire_without_its_value_and_comes_back_the_same(int aantal, string json)
    {
        var cijfer = Cijfer.Count(aantal);

        Assert.Equal(json, JsonSerializer.Serialize(cijfer, Web));
        Assert.Equal(cijfer, JsonSerializer.Deserialize<Cijfer>(json, Web));
    }

    [Theory]
    [InlineData(Onderdrukking.Secondary, "secundair")]
    [InlineData(Onderdrukking.RevealsCount, "verraadtAantal")]
    [InlineData(Onderdrukking.SmallBase, "kleineBasis")]
    public void Every_reason_has_its_Dutch_name(Onderdrukking reden, string naam)
    {
        var json = JsonSerializer.Serialize(Cijfer.Withheld(reden), Web);

        Assert.Equal($$"""{"waarde":null,"onderdrukking":"{{naam}}"}""", json);
        Assert.Equal(reden, JsonSerializer.Deserialize<Cijfer>(json, Web).Onderdrukking);
    }
}

using System.Text.Json;
using Agenda.Domein.Referentie;
using Ontwikkelagenda.Intake.Validatie;

namespace Ontwikkelagenda.Intake.Tests;

/// <summary>The reusable field reader: every wrong field reported at once, wrong JSON types per field.</summary>
public sealed class VeldLezerTests
{
    private static readonly Referentiedata Register = Referentiedata.Load(Path.Combine(AppContext.BaseDirectory, "data", "referentiedata.json"));

    /// <summary>A reader that knows every field of <paramref name="json"/>; the tests of unknown fields name their record.</summary>
    private static VeldLezer Lees(string json)
    {
        var body = JsonDocument.Parse(json).RootElement.Clone();
        var alle = body.ValueKind == JsonValueKind.Object ? body.EnumerateObject().Select(p => p.Name).ToHashSet() : [];
        return new(body, alle, TimeProvider.System, Register);
    }

    private sealed record Verzoek(Guid MeldingId, string Naam, [property: System.Text.Json.Serialization.JsonPropertyName("kvk")] string? KvkNummer);

    [Fact]
    public void A_field_its_request_record_does_not_name_is_refused_and_the_others_are_read()
    {
        var velden = new VeldLezerFactory(TimeProvider.System, Register).Lees<Verzoek>(JsonDocument.Parse(
            $$"""{"meldingId": "{{Guid.NewGuid()}}", "naam": "Zorg BV", "kvk": "12345678", "kvkNummer": "1", "geboortedatum": "2015-01-01"}""").RootElement);

        Assert.Equal("Zorg BV", velden.Tekst("naam"));
        Assert.Equal(["kvkNummer", "geboortedatum"], velden.Fouten.Keys);
        Assert.Equal(Verzoekvelden.OnbekendReden, velden.Fouten["geboortedatum"].Single());
    }

    [Fact]
    public void Every_wrong_field_is_reported_including_wrong_types_and_list_items()
    {
        var velden = Lees("""{"meldingId": 12, "naam": "", "datum": "2099-01-01", "soort": "x", "heel": "ja", "scholen": ["00XX", "bad"], "kvk": "123"}""");

        velden.MeldingId();
        velden.Tekst("naam");
        velden.Datum("datum", "De datum");
        velden.Keuze<Ontwikkelagenda.Contracts.Values.ContractSoort>("soort", "Het soort");
        velden.JaNee("heel");
        velden.Scholen("scholen");
        velden.KvkNummer("kvk");

        Assert.Equal(["meldingId", "naam", "datum", "soort", "heel", "scholen[0]", "scholen[1]", "kvk"], velden.Fouten.Keys);
    }

    [Fact]
    public void A_register_school_listed_twice_is_an_error_on_the_second()
    {
        var brin = Register.Scholen[0].Brin;
        var velden = Lees($$"""{"scholen": ["{{brin}}", "{{brin}}"]}""");

        Assert.Null(velden.Scholen("scholen"));
        Assert.Equal(["scholen[1]"], velden.Fouten.Keys);
    }

    [Fact]
    public void A_body_that_is_no_object_gives_one_body_error()
    {
        var velden = Lees("[1]");
        velden.MeldingId();
        Assert.Equal([VeldLezer.Body], velden.Fouten.Keys);
    }
}

using System.Text.Json;
using Agenda.Domein.Referentie;
using Ontwikkelagenda.Intake.Validatie;

namespace Ontwikkelagenda.Intake.Tests;

/// <summary>The reusable field reader: every wrong field reported at once, wrong JSON types per field.</summary>
public sealed class VeldLezerTests
{
    private static readonly Referentiedata Register = Referentiedata.Load(Path.Combine(AppContext.BaseDirectory, "data", "referentiedata.json"));

    private static VeldLezer Lees(string json) => new(JsonDocument.Parse(json).RootElement.Clone(), TimeProvider.System, Register);

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

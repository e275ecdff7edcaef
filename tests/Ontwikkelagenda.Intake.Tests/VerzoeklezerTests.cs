using System.Text.Json;
using Agenda.Domein.Referentie;
using Intake.Contracts.Regels;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.Intake.Validatie;

namespace Ontwikkelagenda.Intake.Tests;

/// <summary>The one request reader: the rules come from the record's declarations, not from code per field.</summary>
public sealed class VerzoeklezerTests
{
    private static readonly Referentiedata Register = Referentiedata.Load(Path.Combine(AppContext.BaseDirectory, "data", "referentiedata.json"));

    private static readonly Verzoeklezer Lezer = new(new VeldLezerFactory(TimeProvider.System, Register));

    public sealed record Regisseur([property: Tekst(MaxLengte = 5)] string? Rol);

    public sealed record Verzoek(
        [property: MeldingId] Guid? MeldingId,
        [property: Gemeente] string? Gemeente,
        [property: Keuze(typeof(ContractSoort), "Het soort")] string? Soort,
        [property: Datum("De datum", Verplicht = false)] DateOnly? Datum,
        [property: VrijeTekst(10, Verplicht = false)] string? Toelichting,
        [property: Getal(Min = 1, Max = 3, Verplicht = false)] int? Aantal,
        [property: Object(Verplicht = false)] Regisseur? Regisseur);

    private static Gelezen<Verzoek> Lees(string json) => Lezer.Lees<Verzoek>(JsonDocument.Parse(json).RootElement);

    [Fact]
    public void A_valid_request_is_read_into_its_record_with_trimmed_text_and_typed_values()
    {
        var id = Guid.NewGuid();
        var gelezen = Lees($$"""{"meldingId": "{{id}}", "gemeente": " GM1730 ", "soort": "eed", "datum": "2026-01-15", "aantal": 2, "regisseur": {"rol": "wijk"} }""");

        Assert.False(gelezen.Errors.Any);
        Assert.Equal(new Verzoek(id, "GM1730", "eed", new DateOnly(2026, 1, 15), null, 2, new Regisseur("wijk")), gelezen.Verzoek);
    }

    [Fact]
    public void Every_field_that_breaks_its_declared_rule_is_listed_and_an_unknown_field_is_refused()
    {
        var gelezen = Lees("""
            {"meldingId": "x", "gemeente": "GM0363", "soort": "zorg", "datum": "2099-01-01", "toelichting": "=SUM(A1)",
             "aantal": 7, "regisseur": {"rol": "coördinator", "naam": "Jan"}, "bsn": "123456782"}
            """);

        var fouten = gelezen.Errors.ToDictionary();
        Assert.Equal(
            ["bsn", "meldingId", "gemeente", "soort", "datum", "toelichting", "aantal", "regisseur.naam", "regisseur.rol"],
            fouten.Keys);
        Assert.Equal(VeldLezer.MeldingIdReden, fouten["meldingId"].Single());
        Assert.Equal("Het soort is een van 'jeugdhulp', 'eed'.", fouten["soort"].Single());
        Assert.Equal("Het veld aantal ligt tussen 1 en 3 (nu 7).", fouten["aantal"].Single());
        Assert.Equal("Het veld rol is hoogstens 5 tekens (nu 11).", fouten["regisseur.rol"].Single());
        Assert.Equal(Verzoekvelden.OnbekendReden, fouten["bsn"].Single());
        Assert.Equal(Verzoekvelden.OnbekendReden, fouten["regisseur.naam"].Single());
        Assert.Null(gelezen.Naar(verzoek => verzoek).Value);
    }

    [Fact]
    public void A_required_field_that_is_absent_is_named_and_an_optional_one_is_not()
    {
        var fouten = Lees("{}").Errors.ToDictionary();

        Assert.Equal(["meldingId", "gemeente", "soort"], fouten.Keys);
        Assert.Equal("Het veld gemeente is verplicht.", fouten["gemeente"].Single());
    }
}

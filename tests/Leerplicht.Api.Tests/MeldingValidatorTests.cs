using Agenda.Domein.Referentie;
using Ontwikkelagenda.Intake.Validatie;
using System.Text.Json;
using Leerplicht.Api.Intake;
using Ontwikkelagenda.Contracts.Values;

namespace Leerplicht.Api.Tests;

public sealed class MeldingValidatorTests
{
    // 23:30 UTC on 14 March is already 15 March in Amsterdam (UTC+1 in winter).
    private static readonly MeldingValidator Validator = new(new VeldLezerFactory(new FixedTimeProvider(new DateTimeOffset(2026, 3, 14, 23, 30, 0, TimeSpan.Zero)),
        Referentiedata.Load(Path.Combine(AppContext.BaseDirectory, "data", "referentiedata.json"))));

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement;

    private static JsonElement Melding(
        string meldingId = "\"3f2b8c1e-6d4a-4f0e-9b7a-2c5d8e1f0a3b\"",
        string casusReferentie = "\"LP-2026-001\"",
        string gemeente = "\"GM1730\"",
        string? brin = "\"12AB\"",
        string soortVerzuim = "\"langdurig-relatief\"",
        string startdatum = "\"2026-01-15\"")
    {
        var brinField = brin is null ? "" : $"\"brin\": {brin},";
        return Json($$"""
            { "meldingId": {{meldingId}}, "casusReferentie": {{casusReferentie}}, "gemeente": {{gemeente}}, {{brinField}}
              "soortVerzuim": {{soortVerzuim}}, "startdatum": {{startdatum}} }
            """);
    }

    private static JsonElement Beeindiging(string einddatum = "\"2026-03-01\"", string uitkomst = "\"terug-naar-school\"") =>
        Json($$"""{ "meldingId": "5d0c3e0a-1111-4a2b-8c3d-000000000001", "einddatum": {{einddatum}}, "uitkomst": {{uitkomst}} }""");

    [Fact]
    public void A_complete_langdurig_relatief_melding_is_valid()
    {
        var result = Validator.ValidateMelding(Melding());

        Assert.True(result.IsValid);
        Assert.Equal(Brin.Parse("12AB"), result.Value!.Brin);
        Assert.Equal(SoortVerzuim.LangdurigRelatief, result.Value.SoortVerzuim);
        Assert.Equal(new DateOnly(2026, 1, 15), result.Value.Startdatum);
    }

    [Fact]
    public void An_absoluut_melding_without_brin_is_valid()
    {
        var result = Validator.ValidateMelding(Melding(brin: null, soortVerzuim: "\"absoluut\""));

        Assert.True(result.IsValid);
        Assert.Null(result.Value!.Brin);
    }

    [Fact]
    public void An_absoluut_melding_with_brin_null_is_valid()
    {
        Assert.True(Validator.ValidateMelding(Melding(brin: "null", soortVerzuim: "\"absoluut\"")).IsValid);
    }

    [Fact]
    public void Every_wrong_field_is_listed_at_once()
    {
        var result = Validator.ValidateMelding(Melding(
            meldingId: "\"geen-uuid\"",
            casusReferentie: "\"a b\"",
            gemeente: "\"GM0363\"",
            brin: "\"1AB\"",
            soortVerzuim: "\"onbekend\"",
            startdatum: "\"15-01-2026\""));

        Assert.False(result.IsValid);
        Assert.Equal(
            new[] { "brin", "casusReferentie", "gemeente", "meldingId", "soortVerzuim", "startdatum" },
            result.Errors.Keys.Order().ToArray());
    }

    [Fact]
    public void Wrong_json_types_in_several_fields_are_all_reported()
    {
        var result = Validator.ValidateMelding(Melding(meldingId: "42", casusReferentie: "true", gemeente: "[]", startdatum: "20260115"));

        Assert.Equal(new[] { "casusReferentie", "gemeente", "meldingId", "startdatum" }, result.Errors.Keys.Order().ToArray());
    }

    [Fact]
    public void Missing_required_fields_are_each_reported()
    {
        var result = Validator.ValidateMelding(Json("{}"));

        Assert.Equal(new[] { "casusReferentie", "gemeente", "meldingId", "soortVerzuim", "startdatum" }, result.Errors.Keys.Order().ToArray());
    }

    [Fact]
    public void A_body_that_is_not_an_object_is_refused()
    {
        var result = Validator.ValidateMelding(Json("[1, 2]"));

        Assert.Equal(new[] { MeldingValidator.Body }, result.Errors.Keys.ToArray());
    }

    [Theory]
    [InlineData("GM0363")] // Amsterdam
    [InlineData("GM1701")] // Noordenveld: jeugdzorg subregion, not SWV 22.01
    public void A_gemeente_outside_the_region_is_refused(string gemeente)
    {
        var result = Validator.ValidateMelding(Melding(gemeente: $"\"{gemeente}\""));

        Assert.Equal(new[] { "gemeente" }, result.Errors.Keys.ToArray());
    }

    [Theory]
    [InlineData("GM173")]
    [InlineData("gm1730")]
    [InlineData("Tynaarlo")]
    public void A_malformed_gemeente_code_is_refused(string gemeente)
    {
        Assert.Equal(new[] { "gemeente" }, Validator.ValidateMelding(Melding(gemeente: $"\"{gemeente}\"")).Errors.Keys.ToArray());
    }

    [Theory]
    [InlineData("12ab")]
    [InlineData("1ABC")]
    [InlineData("12AB00")]
    [InlineData("")]
    public void A_malformed_brin_is_refused(string brin)
    {
        Assert.Equal(new[] { "brin" }, Validator.ValidateMelding(Melding(brin: $"\"{brin}\"")).Errors.Keys.ToArray());
    }

    [Fact]
    public void A_brin_outside_the_regions_register_is_accepted()
    {
        // Pupils attend schools outside the region (Groningen); the intake does not check the register.
        Assert.True(Validator.ValidateMelding(Melding(brin: "\"99ZZ\"")).IsValid);
    }

    [Fact]
    public void Langdurig_relatief_without_brin_is_refused()
    {
        var result = Validator.ValidateMelding(Melding(brin: null));

        Assert.Equal(new[] { "brin" }, result.Errors.Keys.ToArray());
    }

    [Fact]
    public void Absoluut_with_a_brin_is_refused()
    {
        var result = Validator.ValidateMelding(Melding(soortVerzuim: "\"absoluut\""));

        Assert.Equal(new[] { "brin" }, result.Errors.Keys.ToArray());
    }

    [Fact]
    public void A_startdatum_after_today_in_amsterdam_is_refused()
    {
        var result = Validator.ValidateMelding(Melding(startdatum: "\"2026-03-16\""));

        Assert.Equal(new[] { "startdatum" }, result.Errors.Keys.ToArray());
    }

    [Fact]
    public void A_startdatum_of_today_in_amsterdam_is_accepted_while_it_is_still_yesterday_in_utc()
    {
        Assert.True(Validator.ValidateMelding(Melding(startdatum: "\"2026-03-15\"")).IsValid);
    }

    [Theory]
    [InlineData("\"2026-02-30\"")]
    [InlineData("\"2026-1-15\"")]
    [InlineData("\"2026-01-15T00:00:00\"")]
    public void A_malformed_startdatum_is_refused(string startdatum)
    {
        Assert.Equal(new[] { "startdatum" }, Validator.ValidateMelding(Melding(startdatum: startdatum)).Errors.Keys.ToArray());
    }

    [Theory]
    [InlineData("123456782")]        // nine digits passing the eleven-test: could be a BSN
    [InlineData("LP")]               // too short
    [InlineData("LP-zonder-cijfer")] // no digit
    [InlineData("LP 2026 001")]      // spaces
    [InlineData("LP-2026-0001-abcdefghijklmnopqrstuvwxyz01")] // 41 characters
    [InlineData("")]
    public void A_casusreferentie_breaking_the_privacy_rules_is_refused(string referentie)
    {
        var result = Validator.ValidateMelding(Melding(casusReferentie: $"\"{referentie}\""));

        Assert.Equal(new[] { "casusReferentie" }, result.Errors.Keys.ToArray());
    }

    [Fact]
    public void Nine_digits_failing_the_eleven_test_are_a_valid_casusreferentie()
    {
        Assert.True(Validator.ValidateMelding(Melding(casusReferentie: "\"123456789\"")).IsValid);
    }

    [Theory]
    [InlineData("\"not-a-uuid\"")]
    [InlineData("\"00000000-0000-0000-0000-000000000000\"")]
    [InlineData("null")]
    public void A_missing_or_malformed_melding_id_is_refused(string meldingId)
    {
        Assert.Equal(new[] { "meldingId" }, Validator.ValidateMelding(Melding(meldingId: meldingId)).Errors.Keys.ToArray());
    }

    [Fact]
    public void A_valid_beeindiging_is_accepted()
    {
        var result = Validator.ValidateBeeindiging(Beeindiging(), startdatum: new DateOnly(2026, 1, 15));

        Assert.True(result.IsValid);
        Assert.Equal(Uitkomst.TerugNaarSchool, result.Value!.Uitkomst);
    }

    [Fact]
    public void An_einddatum_before_the_startdatum_is_refused()
    {
        var result = Validator.ValidateBeeindiging(Beeindiging(einddatum: "\"2026-01-14\""), startdatum: new DateOnly(2026, 1, 15));

        Assert.Equal(new[] { "einddatum" }, result.Errors.Keys.ToArray());
    }

    [Fact]
    public void An_einddatum_on_the_startdatum_is_accepted()
    {
        Assert.True(Validator.ValidateBeeindiging(Beeindiging(einddatum: "\"2026-01-15\""), startdatum: new DateOnly(2026, 1, 15)).IsValid);
    }

    [Fact]
    public void An_einddatum_in_the_future_is_refused()
    {
        var result = Validator.ValidateBeeindiging(Beeindiging(einddatum: "\"2026-03-16\""), startdatum: new DateOnly(2026, 1, 15));

        Assert.Equal(new[] { "einddatum" }, result.Errors.Keys.ToArray());
    }

    [Fact]
    public void An_unknown_uitkomst_and_a_malformed_einddatum_are_both_reported()
    {
        var result = Validator.ValidateBeeindiging(Beeindiging(einddatum: "\"gisteren\"", uitkomst: "\"opgelost\""), startdatum: null);

        Assert.Equal(new[] { "einddatum", "uitkomst" }, result.Errors.Keys.Order().ToArray());
    }
}

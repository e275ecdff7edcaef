using System.Globalization;
using System.Text.Json;
using Ondersteuning.Api.Validatie;
using Agenda.Domein.Referentie;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.Intake.Validatie;

namespace Ondersteuning.Api.Tests;

public sealed class MeldingValidatorTests
{
    // 23:30 UTC on 14 March is already 15 March in Amsterdam (UTC+1 in winter).
    private static readonly Referentiedata Register = Referentiedata.Load(Path.Combine(AppContext.BaseDirectory, "data", "referentiedata.json"));

    private static readonly MeldingValidator Validator = new(
        new VeldLezerFactory(new FixedTimeProvider(new DateTimeOffset(2026, 3, 14, 23, 30, 0, TimeSpan.Zero)), Register),
        new Schoolregister(Register),
        new AgendaDoelen(new HashSet<int> { 1, 2, 3, 4, 5, 6 }));

    private const string MeldingId = "\"3f2b8c1e-6d4a-4f0e-9b7a-2c5d8e1f0a3b\"";
    private const string RegisterBrin = "\"19SL\"";

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement;

    private static string[] Fields(IReadOnlyDictionary<string, string[]> errors) => [.. errors.Keys.Order(StringComparer.Ordinal)];

    private static JsonElement Traject(string brin = RegisterBrin, string aanbiederId = "\"0b9c7a52-6a7f-4a36-b1a2-2d1f5c8e9f01\"",
        string aanbiederNaam = "\"Accare\"", string zwaarte = "\"licht\"", string kader = "\"wmo\"", string startdatum = "\"2026-03-15\"", string extra = "") =>
        Json($$"""
            { "meldingId": {{MeldingId}}, "brin": {{brin}}, "aanbiederId": {{aanbiederId}}, "aanbiederNaam": {{aanbiederNaam}},
              "zwaarte": {{zwaarte}}, "kader": {{kader}}, "startdatum": {{startdatum}} {{extra}} }
            """);

    private static JsonElement Rapport(string doel = "2", string status = "\"op-koers\"", string toelichting = "\"Loopt goed.\"",
        string datum = "\"2026-03-01\"", string naam = "\"J. de Vries\"", string rol = "\"directeur\"", string extra = "") =>
        Json($$"""
            { "meldingId": {{MeldingId}}, "doel": {{doel}}, "status": {{status}}, "toelichting": {{toelichting}}, "datum": {{datum}},
              "naamRapporteur": {{naam}}, "rolRapporteur": {{rol}} {{extra}} }
            """);

    [Fact]
    public void A_complete_trajectory_on_the_Amsterdam_date_of_today_is_valid_and_carries_the_school_name()
    {
        var result = Validator.ValidateTraject(Traject());

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Key)));
        Assert.Equal(Brin.Parse("19SL"), result.Value!.Brin);
        Assert.Equal("OBS De Regenboog (Kloosterveen)", result.Value.SchoolNaam);
        Assert.Equal(Zwaarte.Licht, result.Value.Zwaarte);
        Assert.Equal(ZorgKader.Wmo, result.Value.Kader);
        Assert.Equal(new DateOnly(2026, 3, 15), result.Value.Startdatum);
    }

    [Fact]
    public void Every_wrong_trajectory_field_is_listed_at_once()
    {
        var result = Validator.ValidateTraject(Traject(brin: "\"12ab\"", aanbiederId: "\"x\"", aanbiederNaam: $"\"{new string('a', 201)}\"",
            zwaarte: "\"middel\"", kader: "\"wlz\"", startdatum: "\"2026-03-16\""));

        Assert.False(result.IsValid);
        Assert.Equal(["aanbiederId", "aanbiederNaam", "brin", "kader", "startdatum", "zwaarte"], Fields(result.Errors));
    }

    [Fact]
    public void A_well_formed_brin_outside_the_register_is_refused_for_a_trajectory()
    {
        var result = Validator.ValidateTraject(Traject(brin: "\"99ZZ\""));

        Assert.Contains("register", Assert.Single(result.Errors["brin"]));
    }

    [Fact]
    public void An_unknown_field_such_as_a_name_is_refused()
    {
        var result = Validator.ValidateTraject(Traject(extra: ", \"naamLeerling\": \"Piet\", \"geboortedatum\": \"2015-01-01\""));

        Assert.Equal(["geboortedatum", "naamLeerling"], Fields(result.Errors));
    }

    [Fact]
    public void A_field_of_the_wrong_json_type_is_an_error_on_that_field_only()
    {
        var result = Validator.ValidateTraject(Traject(startdatum: "20260301"));

        Assert.Equal(["startdatum"], Fields(result.Errors));
    }

    [Fact]
    public void A_body_that_is_not_an_object_is_one_body_error()
    {
        var result = Validator.ValidateTraject(Json("[1,2]"));

        Assert.Equal(["body"], Fields(result.Errors));
    }

    [Theory]
    [InlineData("2026-03-01", "2026-03-01", false)]
    [InlineData("2026-03-01", "2026-02-28", false)]
    [InlineData("2026-03-01", "2026-03-02", true)]
    public void A_trajectory_ends_after_its_start(string startdatum, string einddatum, bool valid)
    {
        var result = Validator.ValidateTrajectBeeindiging(Json($$"""{ "meldingId": {{MeldingId}}, "einddatum": "{{einddatum}}" }"""),
            DateOnly.Parse(startdatum, CultureInfo.InvariantCulture));

        Assert.Equal(valid, result.IsValid);
        if (!valid) Assert.Equal(["einddatum"], Fields(result.Errors));
    }

    [Theory]
    [InlineData("2026-03-01", "2026-03-01", true)]
    [InlineData("2026-03-01", "2026-02-28", false)]
    public void Treatment_starts_on_or_after_the_referral(string verwijsdatum, string startdatum, bool valid)
    {
        var result = Validator.ValidateBehandelstart(Json($$"""{ "meldingId": {{MeldingId}}, "startdatum": "{{startdatum}}" }"""),
            DateOnly.Parse(verwijsdatum, CultureInfo.InvariantCulture));

        Assert.Equal(valid, result.IsValid);
    }

    [Theory]
    [InlineData("123456782")]   // passes the eleven-test: could be a BSN
    [InlineData("ab")]
    [InlineData("geen-cijfer")]
    [InlineData("met spatie 1")]
    public void An_eed_referral_refuses_a_reference_that_is_not_pseudonymous(string referentie)
    {
        var result = Validator.ValidateEedVerwijzing(Json($$"""
            { "meldingId": {{MeldingId}}, "referentie": "{{referentie}}", "brin": {{RegisterBrin}}, "verwijsdatum": "2026-03-01" }
            """));

        Assert.Equal(["referentie"], Fields(result.Errors));
    }

    [Fact]
    public void A_complex_case_accepts_a_school_outside_the_register_and_an_optional_casusregisseur()
    {
        var result = Validator.ValidateComplexeCasus(Json($$"""
            { "meldingId": {{MeldingId}}, "referentie": "CC-2026-7", "gemeente": "GM1730", "brin": "99ZZ", "startdatum": "2026-02-01",
              "thuiszitterZaakId": "0b9c7a52-6a7f-4a36-b1a2-2d1f5c8e9f01", "casusregisseur": { "rol": "regisseur sociaal team", "organisatie": "Gemeente Tynaarlo" } }
            """));

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Key)));
        Assert.Equal(new Casusregisseur("regisseur sociaal team", "Gemeente Tynaarlo"), result.Value!.Casusregisseur);
        Assert.Equal(RegioGemeenten.Tynaarlo, result.Value.Gemeente);
    }

    [Fact]
    public void Every_wrong_complex_case_field_is_listed_at_once_with_nested_names()
    {
        var result = Validator.ValidateComplexeCasus(Json($$"""
            { "meldingId": "nee", "referentie": "123456782", "gemeente": "GM0363", "brin": "1234", "startdatum": "15-01-2026",
              "thuiszitterZaakId": 5, "casusregisseur": { "rol": "", "naam": "Jan" } }
            """));

        Assert.Equal(["brin", "casusregisseur.naam", "casusregisseur.organisatie", "casusregisseur.rol", "gemeente", "meldingId",
            "referentie", "startdatum", "thuiszitterZaakId"], Fields(result.Errors));
    }

    [Fact]
    public void A_complete_progress_report_is_valid()
    {
        var result = Validator.ValidateRapport(Rapport());

        Assert.True(result.IsValid);
        Assert.Equal(2, result.Value!.Doel);
        Assert.Equal(DoelStatus.OpKoers, result.Value.Status);
    }

    [Fact]
    public void Every_wrong_progress_report_field_is_listed_at_once_and_an_organisation_in_the_body_is_one()
    {
        var result = Validator.ValidateRapport(Rapport(doel: "7", status: "\"goed\"", toelichting: $"\"{new string('x', 1001)}\"",
            datum: "\"2026-03-16\"", naam: "null", rol: $"\"{new string('r', 101)}\"",
            extra: ", \"organisatie\": \"Gemeente Assen\""));

        Assert.Equal(["datum", "doel", "naamRapporteur", "organisatie", "rolRapporteur", "status", "toelichting"], Fields(result.Errors));
    }

    [Fact]
    public void A_goal_number_must_exist_in_the_agenda()
    {
        var validator = new MeldingValidator(new VeldLezerFactory(TimeProvider.System, Register), new Schoolregister(Register),
            new AgendaDoelen(new HashSet<int> { 1, 2 }));

        var result = validator.ValidateRapport(Rapport(doel: "3", datum: "\"2020-01-01\""));

        Assert.Equal(["doel"], Fields(result.Errors));
    }

    [Fact]
    public void The_agenda_file_lists_the_six_goals()
    {
        var doelen = AgendaDoelen.Load(Path.Combine(AppContext.BaseDirectory, "data"));

        Assert.Equal([1, 2, 3, 4, 5, 6], doelen.Nummers.Order());
    }

    [Fact]
    public void A_withdrawal_needs_the_withdrawn_melding_and_a_reason_of_at_most_500_characters()
    {
        var result = Validator.ValidateIntrekking(Json($$"""{ "meldingId": {{MeldingId}}, "reden": "{{new string('r', 501)}}" }"""));

        Assert.Equal(["ingetrokkenMeldingId", "reden"], Fields(result.Errors));
    }

    [Fact]
    public void A_correction_may_carry_the_corrected_melding_id_next_to_the_fields_of_that_melding()
    {
        var body = Json($$"""{ "meldingId": {{MeldingId}}, "gecorrigeerdeMeldingId": "0b9c7a52-6a7f-4a36-b1a2-2d1f5c8e9f01", "einddatum": "2026-03-10" }""");

        Assert.True(Validator.ValidateTrajectBeeindiging(body, new DateOnly(2026, 3, 1), "gecorrigeerdeMeldingId").IsValid);
        Assert.Equal(["gecorrigeerdeMeldingId"], Fields(Validator.ValidateTrajectBeeindiging(body, new DateOnly(2026, 3, 1)).Errors));
    }

    [Fact]
    public void A_casusregisseur_assignment_needs_role_and_organisation_within_their_lengths_and_a_date_from_the_case_start()
    {
        var result = Validator.ValidateToewijzing(Json($$"""
            { "meldingId": {{MeldingId}}, "rol": "{{new string('r', 101)}}", "organisatie": "{{new string('o', 201)}}", "datum": "2026-01-31" }
            """), new DateOnly(2026, 2, 1));

        Assert.Equal(["datum", "organisatie", "rol"], Fields(result.Errors));
    }
}

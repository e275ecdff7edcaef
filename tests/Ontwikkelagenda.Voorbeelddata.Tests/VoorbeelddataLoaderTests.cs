using System.Net;
using System.Text.Json.Nodes;

namespace Ontwikkelagenda.Voorbeelddata.Tests;

public sealed class VoorbeelddataLoaderTests
{
    private static readonly Dictionary<string, Uri> Services = new()
    {
        ["inkoop-api"] = new Uri("http://inkoop.test:5101"),
        ["ondersteuning-api"] = new Uri("http://ondersteuning.test:5102"),
    };

    private static readonly VoorbeelddataOpties Snel = new() { WachtBijBezet = TimeSpan.Zero, PogingenBijBezet = 3 };

    private const string DrieMeldingen = """
        {
          "opmerking": "test",
          "meldingen": [
            { "service": "inkoop-api", "pad": "/v1/aanbieders", "namens": "script-subregio", "als": "accare",
              "body": { "meldingId": "11111111-1111-1111-1111-111111111111", "naam": "Accare" } },
            { "service": "inkoop-api", "pad": "/v1/contracten", "namens": "script-gm0106", "als": "contract",
              "body": { "meldingId": "22222222-2222-2222-2222-222222222222", "aanbiederId": "{{accare}}", "scholen": ["51GD"] } },
            { "service": "inkoop-api", "pad": "/v1/contracten/{{contract}}/beeindiging", "namens": "script-gm0106",
              "body": { "meldingId": "33333333-3333-3333-3333-333333333333", "einddatum": "2026-08-01" } }
          ]
        }
        """;

    private static async Task<VoorbeelddataResultaat> Load(FakeIntake intake, string json, TextWriter? progress = null, VoorbeelddataOpties? opties = null)
    {
        using var afzenders = intake.Afzenders();
        var loader = new VoorbeelddataLoader(afzenders, progress ?? TextWriter.Null, opties ?? Snel);
        return await loader.LoadAsync(VoorbeelddataBestand.Parse(json), Services, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Substitutes_the_id_from_the_202_body_and_from_the_Location_header_in_later_bodies_and_paths()
    {
        var intake = new FakeIntake()
            .Then(() => FakeIntake.Accepted("""{"aanbiederId":"a-42"}""", "/v1/aanbieders/a-42"))
            .Then(() => FakeIntake.Accepted("", "/v1/contracten/c-7"))
            .Then(() => FakeIntake.Accepted("""{"contractId":"c-7"}"""));

        var resultaat = await Load(intake, DrieMeldingen);

        Assert.Equal(3, resultaat.Verstuurd);
        Assert.Equal("a-42", resultaat.Ids["accare"]);
        Assert.Equal("c-7", resultaat.Ids["contract"]);
        Assert.Equal("a-42", JsonNode.Parse(intake.Requests[1].Body)!["aanbiederId"]!.GetValue<string>());
        Assert.Equal("51GD", JsonNode.Parse(intake.Requests[1].Body)!["scholen"]![0]!.GetValue<string>());
        Assert.Equal(new Uri("http://inkoop.test:5101/v1/contracten/c-7/beeindiging"), intake.Requests[2].Uri);
        Assert.All(intake.Requests, r => Assert.Equal(HttpMethod.Post, r.Method));
    }

    [Fact]
    public async Task Retries_a_503_with_the_same_body_until_the_service_accepts()
    {
        var intake = new FakeIntake()
            .Then(() => FakeIntake.Problem(HttpStatusCode.ServiceUnavailable, """{"title":"Tijdelijk niet beschikbaar"}"""))
            .Then(() => FakeIntake.Problem(HttpStatusCode.ServiceUnavailable, """{"title":"Tijdelijk niet beschikbaar"}"""))
            .Then(() => FakeIntake.Accepted("""{"aanbiederId":"a-1"}"""));

        var resultaat = await Load(intake, DrieMeldingen);

        Assert.Equal(3, resultaat.Verstuurd);
        Assert.Equal(5, intake.Requests.Count);
        Assert.Equal(intake.Requests[0].Body, intake.Requests[2].Body);
        Assert.Equal("a-1", resultaat.Ids["accare"]);
    }

    [Fact]
    public async Task Stops_when_the_service_stays_unavailable()
    {
        var intake = new FakeIntake
        {
            Standaard = (_, _) => FakeIntake.Problem(HttpStatusCode.ServiceUnavailable, """{"title":"Tijdelijk niet beschikbaar","detail":"De broker bevestigde de melding niet."}"""),
        };

        var e = await Assert.ThrowsAsync<VoorbeelddataException>(() => Load(intake, DrieMeldingen));

        Assert.Equal(3, intake.Requests.Count);
        Assert.Contains("melding 1 van 3", e.Message);
        Assert.Contains("503 (na 3 pogingen)", e.Message);
        Assert.Contains("De broker bevestigde de melding niet", e.Message);
    }

    [Fact]
    public async Task Stops_on_400_with_one_Dutch_sentence_naming_the_melding_and_every_wrong_field()
    {
        var intake = new FakeIntake()
            .Then(() => FakeIntake.Accepted("""{"aanbiederId":"a-1"}"""))
            .Then(() => FakeIntake.Problem(HttpStatusCode.BadRequest, """
                {"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"Ongeldige invoer","status":400,
                 "detail":"2 velden van het verzoek zijn ongeldig; zie invalidParams.",
                 "invalidParams":[{"name":"scholen[0]","reason":"De BRIN 51GD staat niet in het register."},
                                  {"name":"kader","reason":"Het kader is verplicht."}]}
                """));
        var progress = new StringWriter();

        var e = await Assert.ThrowsAsync<VoorbeelddataException>(() => Load(intake, DrieMeldingen, progress, Snel with { VoortgangPer = 1 }));

        Assert.Equal(
            "Voorbeelddata gestopt bij melding 2 van 3 (POST /v1/contracten naar inkoop-api namens script-gm0106, meldingId 22222222-2222-2222-2222-222222222222): "
            + "de service antwoordde 400: Ongeldige invoer - 2 velden van het verzoek zijn ongeldig; zie invalidParams - "
            + "scholen[0]: De BRIN 51GD staat niet in het register; kader: Het kader is verplicht.",
            e.Message);
        Assert.Equal(2, intake.Requests.Count);
        Assert.Equal("Voorbeelddata: 1 van 3 meldingen verstuurd", progress.ToString().Trim());
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound, "Niet gevonden", "404")]
    [InlineData(HttpStatusCode.Conflict, "Conflict", "409")]
    public async Task Stops_on_404_and_409_without_retrying(HttpStatusCode status, string title, string code)
    {
        var intake = new FakeIntake()
            .Then(() => FakeIntake.Problem(status, $$"""{"title":"{{title}}","detail":"Het contract bestaat niet."}"""));

        var e = await Assert.ThrowsAsync<VoorbeelddataException>(() => Load(intake, DrieMeldingen));

        Assert.Single(intake.Requests);
        Assert.Contains($"de service antwoordde {code}: {title} - Het contract bestaat niet.", e.Message);
    }

    [Fact]
    public async Task Stops_before_sending_when_a_placeholder_names_no_earlier_melding()
    {
        const string json = """
            { "meldingen": [
              { "service": "ondersteuning-api", "pad": "/v1/trajecten", "namens": "script-po2201",
                "body": { "meldingId": "44444444-4444-4444-4444-444444444444", "aanbiederId": "{{yoop}}" } } ] }
            """;
        var intake = new FakeIntake();

        var e = await Assert.ThrowsAsync<VoorbeelddataException>(() => Load(intake, json));

        Assert.Empty(intake.Requests);
        Assert.Contains("de plaatshouder {{yoop}} verwijst naar geen eerdere melding", e.Message);
    }

    [Fact]
    public async Task Stops_when_a_202_to_a_named_melding_carries_no_id()
    {
        var intake = new FakeIntake().Then(() => FakeIntake.Accepted("""{"id":"zonder-achtervoegsel"}"""));

        var e = await Assert.ThrowsAsync<VoorbeelddataException>(() => Load(intake, DrieMeldingen));

        Assert.Contains("melding 1 van 3", e.Message);
        Assert.Contains("het antwoord bevat geen id", e.Message);
    }

    [Fact]
    public async Task Reports_progress_as_n_of_total()
    {
        var progress = new StringWriter();

        await Load(new FakeIntake(), DrieMeldingen, progress, Snel with { VoortgangPer = 2 });

        Assert.Equal(
            ["Voorbeelddata: 2 van 3 meldingen verstuurd", "Voorbeelddata: 3 van 3 meldingen verstuurd"],
            progress.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Sends_the_whole_sample_file_to_the_right_service_with_every_placeholder_replaced()
    {
        var teller = 0;
        var intake = new FakeIntake
        {
            Standaard = (request, _) => FakeIntake.Accepted($$"""{"naam":"n","testId":"t{{++teller:D4}}"}"""),
        };
        var bestand = VoorbeelddataBestand.Lees(RepoRoot.File("data", "voorbeeld", "meldingen.json"));

        using var afzenders = intake.Afzenders();
        var resultaat = await new VoorbeelddataLoader(afzenders, TextWriter.Null, Snel)
            .LoadAsync(bestand, Services, TestContext.Current.CancellationToken);

        Assert.Equal(bestand.Meldingen.Count, resultaat.Verstuurd);
        Assert.Equal(bestand.Meldingen.Count, intake.Requests.Count);
        Assert.All(intake.Requests, r => Assert.DoesNotContain("{{", r.Uri.ToString() + r.Body));
        Assert.All(bestand.Meldingen.Zip(intake.Requests), p =>
        {
            Assert.Equal(Services[p.First.Service].Host, p.Second.Uri.Host);
            Assert.Equal($"{p.First.Namens}/{p.First.Service}", p.Second.Token);
        });
    }

    [Fact]
    public async Task Sends_each_melding_with_the_token_of_the_client_it_names_and_makes_one_sender_per_client_and_service()
    {
        const string json = """
            { "meldingen": [
              { "service": "inkoop-api", "pad": "/v1/aanbieders", "namens": "script-subregio", "body": { "meldingId": "55555555-5555-5555-5555-555555555551" } },
              { "service": "inkoop-api", "pad": "/v1/contracten", "namens": "script-gm1730", "body": { "meldingId": "55555555-5555-5555-5555-555555555552" } },
              { "service": "inkoop-api", "pad": "/v1/aanbieders", "namens": "script-subregio", "body": { "meldingId": "55555555-5555-5555-5555-555555555553" } },
              { "service": "ondersteuning-api", "pad": "/v1/voortgangsrapportages", "namens": "script-gm1730", "body": { "meldingId": "55555555-5555-5555-5555-555555555554" } } ] }
            """;
        var intake = new FakeIntake();

        await Load(intake, json);

        Assert.Equal(
            ["script-subregio/inkoop-api", "script-gm1730/inkoop-api", "script-subregio/inkoop-api", "script-gm1730/ondersteuning-api"],
            intake.Requests.Select(r => r.Token));
        Assert.Equal(3, intake.Afzendersgemaakt);
    }

    [Fact]
    public async Task Stops_on_403_naming_the_client_and_the_services_reason()
    {
        var intake = new FakeIntake().Then(() => FakeIntake.Problem(HttpStatusCode.Forbidden,
            """{"title":"Geen toegang","detail":"U koopt in namens gemeente GM0106; een contract van de subregio meldt die organisatie zelf."}"""));

        var e = await Assert.ThrowsAsync<VoorbeelddataException>(() => Load(intake, DrieMeldingen));

        Assert.Single(intake.Requests);
        Assert.Contains("namens script-subregio", e.Message);
        Assert.Contains("de service antwoordde 403: Geen toegang - U koopt in namens gemeente GM0106", e.Message);
    }

    [Fact]
    public async Task Stops_before_sending_when_the_client_is_not_in_the_demo_list()
    {
        var intake = new FakeIntake { OnbekendeClient = "script-gm0106" };

        var e = await Assert.ThrowsAsync<VoorbeelddataException>(() => Load(intake, DrieMeldingen));

        Assert.Single(intake.Requests);
        Assert.Contains("melding 2 van 3", e.Message);
        Assert.Contains("de client script-gm0106 is onbekend", e.Message);
    }

    [Fact]
    public void A_melding_without_namens_is_refused_when_the_file_is_read()
    {
        var e = Assert.Throws<VoorbeelddataException>(() => VoorbeelddataBestand.Parse("""
            { "meldingen": [ { "service": "inkoop-api", "pad": "/v1/aanbieders", "body": { "meldingId": "66666666-6666-6666-6666-666666666666" } } ] }
            """));

        Assert.Equal("Voorbeelddata: melding 1 mist service, pad, namens of body.", e.Message);
    }
}

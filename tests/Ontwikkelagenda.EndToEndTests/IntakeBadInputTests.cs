using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Globalization;

namespace Ontwikkelagenda.EndToEndTests;

/// <summary>
/// A sender makes several mistakes in one melding: every intake service refuses it with 400 problem+json naming
/// each wrong field, so the sender can fix them all at once (the services' own tests cover each rule).
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class IntakeBadInputTests(SystemFixture system)
{
    [Fact]
    public async Task InkoopRefusesAContractWithEveryWrongFieldNamed()
    {
        var response = await Post("inkoop-api", "/v1/contracten", new
        {
            meldingId = Guid.NewGuid(),
            aanbiederId = "geen-uuid",
            contractant = "GM9999",
            soort = "huisvesting",
            soortZorg = "Ambulante begeleiding",
            kader = "anders",
            startdatum = "2026-13-01",
            heleGemeente = false,
            scholen = Array.Empty<string>(),
        });

        await AssertRefused(response, "aanbiederId", "contractant", "soort", "kader", "startdatum", "scholen");
    }

    [Fact]
    public async Task OndersteuningRefusesATrajectoryWithEveryWrongFieldNamed()
    {
        var response = await Post("ondersteuning-api", "/v1/trajecten", new
        {
            meldingId = Guid.NewGuid(),
            brin = "ZZ99",
            aanbiederId = "geen-uuid",
            aanbiederNaam = "",
            zwaarte = "middel",
            kader = "anders",
            startdatum = Meldingen.Today.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });

        await AssertRefused(response, "brin", "aanbiederId", "aanbiederNaam", "zwaarte", "kader", "startdatum");
    }

    [Fact]
    public async Task LeerplichtRefusesATransferWithEveryWrongFieldNamed()
    {
        // The body is checked before the case is looked up, so an unknown case still gets every field named.
        var response = await Post("leerplicht-api", $"/v1/thuiszitters/{Guid.NewGuid()}/overdrachten", new
        {
            meldingId = "geen-uuid",
            naarGemeente = "GM0344",
            overdrachtsdatum = Meldingen.Today.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });

        await AssertRefused(response, "meldingId", "naarGemeente", "overdrachtsdatum");
    }

    // With a valid token of an organisation that may send there, so what is refused is the input, not the caller.
    private static readonly Dictionary<string, string> Afzender = new()
    {
        ["leerplicht-api"] = SysteemToegang.Van("GM0106"),
        ["inkoop-api"] = SysteemToegang.Van("GM0106"),
        ["ondersteuning-api"] = SysteemToegang.Van("PO2201"),
    };

    private async Task<HttpResponseMessage> Post(string service, string path, object body)
    {
        using var http = system.Als(service, Afzender[service]);
        return await http.PostAsJsonAsync(path, body, TestContext.Current.CancellationToken);
    }

    private static async Task AssertRefused(HttpResponseMessage response, params string[] fields)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"Expected 400, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var named = JsonDocument.Parse(body).RootElement.GetProperty("invalidParams").EnumerateArray()
            .Select(p => p.GetProperty("name").GetString()).ToHashSet();
        Assert.Superset(fields.ToHashSet<string?>(), named);
    }
}

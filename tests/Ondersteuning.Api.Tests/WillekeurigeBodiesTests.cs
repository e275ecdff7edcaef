using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Intake.Contracts.Ondersteuning;
using Ondersteuning.Api.ComplexeCasussen;
using Ondersteuning.Api.EedVerwijzingen;
using Ondersteuning.Api.Trajecten;
using Ondersteuning.Api.Voortgang;
using Ontwikkelagenda.Intake.Validatie;

namespace Ondersteuning.Api.Tests;

/// <summary>
/// Random bodies for every request record of the service's POST collections (a random subset of its fields, now and then
/// an unknown one, each with a random JSON value): the answer is a 2xx or a 4xx problem+json, never a 5xx, and a 400
/// names only fields of the record (or nested in one), the body itself, or a field the body carried.
/// </summary>
public sealed class WillekeurigeBodiesTests(OndersteuningApiFixture fixture) : ApiTest(fixture)
{
    public static TheoryData<string, string> Records() => new()
    {
        { "/v1/trajecten", nameof(TrajectMelding) },
        { "/v1/eed-verwijzingen", nameof(EedVerwijzingMelding) },
        { "/v1/complexe-casussen", nameof(ComplexeCasusMelding) },
        { "/v1/voortgangsrapportages", nameof(Voortgangsrapportage) },
    };

    private static readonly Dictionary<string, Type> Types = new()
    {
        [nameof(TrajectMelding)] = typeof(TrajectMelding),
        [nameof(EedVerwijzingMelding)] = typeof(EedVerwijzingMelding),
        [nameof(ComplexeCasusMelding)] = typeof(ComplexeCasusMelding),
        [nameof(Voortgangsrapportage)] = typeof(Voortgangsrapportage),
    };

    private static readonly Gen<JsonNode?> Scalar = Gen.OneOf<JsonNode?>(
        Gen.Const((JsonNode?)null),
        Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
        Gen.Int.Select(i => (JsonNode?)JsonValue.Create(i)),
        Gen.Double.Select(d => double.IsFinite(d) ? (JsonNode?)JsonValue.Create(d) : JsonValue.Create(0.5)),
        Gen.String.Select(s => (JsonNode?)JsonValue.Create(s)),
        Gen.Char["\u0000\u200f\u202e=+-@ 0123456789abcdefGMABCD-./"].Array[0, 40].Select(c => (JsonNode?)JsonValue.Create(new string(c))),
        Gen.Guid.Select(g => (JsonNode?)JsonValue.Create(g.ToString())),
        Gen.Date.Select(d => (JsonNode?)JsonValue.Create(d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))),
        Gen.Int[0, 10].Select(i => new[] { "GM0106", "GM1730", "19SL", "51GD", "licht", "zwaar", "wmo", "jeugdwet", "op-koers", "111222333", "=1+1", "1112.22.333" }[i])
            .Select(s => (JsonNode?)JsonValue.Create(s)));

    private static readonly Gen<JsonNode?> Value = Gen.Frequency(
        (8, Scalar),
        (1, Scalar.Array[0, 3].Select(items => (JsonNode?)new JsonArray([.. items]))),
        (1, Gen.Select(Gen.Int[0, 3].Select(i => new[] { "rol", "organisatie", "datum", "x" }[i]), Scalar).Array[0, 3]
            .Select(pairs => (JsonNode?)new JsonObject(pairs.DistinctBy(p => p.Item1).Select(p => KeyValuePair.Create(p.Item1, p.Item2))))));

    [Theory]
    [MemberData(nameof(Records))]
    public async Task A_random_body_is_answered_with_2xx_or_a_4xx_problem_naming_only_its_fields(string path, string record)
    {
        var fields = Verzoekvelden.Van(Types[record]).Order(StringComparer.Ordinal).ToArray();
        var body = Gen.Select(Gen.Bool.Array[fields.Length], Value.Array[fields.Length], Gen.Frequency((4, Gen.Const("")), (1, Gen.String[1, 12])), Value)
            .Select((chosen, values, extra, extraValue) =>
            {
                var json = new JsonObject();
                for (var i = 0; i < fields.Length; i++) if (chosen[i]) json[fields[i]] = values[i];
                if (extra.Length > 0 && !json.ContainsKey(extra)) json[extra] = extraValue;
                return json;
            });

        await body.SampleAsync(async json =>
        {
            var text = json.ToJsonString();
            using var response = await Fixture.Client.PostAsync(path, new StringContent(text, Encoding.UTF8, "application/json"), Ct);
            var status = (int)response.StatusCode;
            var answer = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(status is >= 200 and < 300 or >= 400 and < 500, $"{status} for {text}: {answer}");
            if (status < 400) return;
            Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", $"{status} without problem+json for {text}");
            if (status != 400) return;
            var named = JsonDocument.Parse(answer).RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name);
            var strange = named.Where(name => name != VeldLezer.Body && !json.ContainsKey(name)
                && !fields.Contains(name.Split('.', '[')[0], StringComparer.Ordinal)).ToList();
            Assert.True(strange.Count == 0, $"The 400 names {string.Join(", ", strange)}, not fields of {record}, for {text}");
        }, iter: 100, threads: 1);
    }
}

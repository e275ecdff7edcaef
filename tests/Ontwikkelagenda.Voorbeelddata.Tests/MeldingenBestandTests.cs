using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.Voorbeelddata.Tests;

/// <summary>data/voorbeeld/meldingen.json is a valid sample: it can be posted as it is, in order.</summary>
public sealed partial class MeldingenBestandTests
{
    private static readonly VoorbeelddataBestand Bestand =
        VoorbeelddataBestand.Lees(RepoRoot.File("data", "voorbeeld", "meldingen.json"));

    private static readonly HashSet<string> RegisterBrins = JsonNode
        .Parse(File.ReadAllText(RepoRoot.File("data", "referentiedata.json")))!["scholen"]!.AsArray()
        .Select(s => s!["brin"]!.GetValue<string>())
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>The endpoints of the design (service, path pattern, required and optional body fields).</summary>
    private static readonly (string Service, Regex Pad, string[] Verplicht, string[] Optioneel)[] Endpoints =
    [
        ("inkoop-api", Pad("/v1/aanbieders"), ["meldingId", "naam"], ["kvkNummer"]),
        ("inkoop-api", Pad("/v1/contracten"), ["meldingId", "aanbiederId", "contractant", "soort", "soortZorg", "kader", "startdatum", "heleGemeente", "scholen"], ["einddatum"]),
        ("inkoop-api", Pad("/v1/contracten/{id}/beeindiging"), ["meldingId", "einddatum"], []),
        ("ondersteuning-api", Pad("/v1/trajecten"), ["meldingId", "brin", "aanbiederId", "aanbiederNaam", "zwaarte", "kader", "startdatum"], []),
        ("ondersteuning-api", Pad("/v1/trajecten/{id}/beeindiging"), ["meldingId", "einddatum"], []),
        ("ondersteuning-api", Pad("/v1/eed-verwijzingen"), ["meldingId", "referentie", "brin", "verwijsdatum"], []),
        ("ondersteuning-api", Pad("/v1/eed-verwijzingen/{id}/behandelstart"), ["meldingId", "startdatum"], []),
        ("ondersteuning-api", Pad("/v1/complexe-casussen"), ["meldingId", "referentie", "gemeente", "startdatum"], ["brin", "thuiszitterZaakId", "casusregisseur"]),
        ("ondersteuning-api", Pad("/v1/complexe-casussen/{id}/casusregisseur"), ["meldingId", "rol", "organisatie", "datum"], []),
        ("ondersteuning-api", Pad("/v1/complexe-casussen/{id}/afsluiting"), ["meldingId", "einddatum"], []),
        ("ondersteuning-api", Pad("/v1/voortgangsrapportages"), ["meldingId", "doel", "status", "toelichting", "datum", "naamRapporteur", "rolRapporteur"], []),
    ];

    private static Regex Pad(string template) =>
        new("^" + Regex.Escape(template).Replace(@"\{id}", @"\{\{[A-Za-z0-9._-]+}}") + "$");

    [Fact]
    public void Is_marked_as_sample_data()
    {
        Assert.Contains("VOORBEELDDATA", Bestand.Opmerking);
        Assert.InRange(Bestand.Meldingen.Count, 60, 400);
    }

    [Fact]
    public void Every_placeholder_is_bound_by_an_earlier_melding_and_every_name_is_bound_once()
    {
        var gebonden = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (melding, nummer) in Bestand.Meldingen.Select((m, i) => (m, i + 1)))
        {
            var gebruikt = Plaatshouders.Namen(melding.Pad).Concat(Plaatshouders.Namen(melding.Body));
            Assert.All(gebruikt, naam => Assert.True(gebonden.Contains(naam), $"melding {nummer}: {{{{{naam}}}}} is niet eerder gebonden"));
            if (melding.Als is { } als) Assert.True(gebonden.Add(als), $"melding {nummer}: '{als}' is al gebonden");
        }
    }

    [Fact]
    public void Every_meldingId_is_a_unique_uuid()
    {
        var ids = Bestand.Meldingen.Select(m => m.Body["meldingId"]?.GetValue<string>()).ToList();

        Assert.All(ids, id => Assert.True(Guid.TryParseExact(id, "D", out var g) && g != Guid.Empty, $"{id} is geen UUID"));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Every_path_and_body_follows_the_endpoint_list_of_the_design()
    {
        foreach (var (melding, nummer) in Bestand.Meldingen.Select((m, i) => (m, i + 1)))
        {
            var endpoint = Endpoints.SingleOrDefault(e => e.Service == melding.Service && e.Pad.IsMatch(melding.Pad));
            Assert.True(endpoint.Pad is not null, $"melding {nummer}: {melding.Service} {melding.Pad} is geen endpoint van het ontwerp");
            var velden = melding.Body.Select(p => p.Key).ToHashSet();
            Assert.Empty(endpoint.Verplicht.Except(velden));
            Assert.Empty(velden.Except(endpoint.Verplicht).Except(endpoint.Optioneel));
        }
    }

    [Fact]
    public void No_date_lies_before_2025_or_after_25_November_2026()
    {
        var datums = Bestand.Meldingen.SelectMany(m => Strings(m.Body)).Where(s => IsoDatum().IsMatch(s)).ToList();

        Assert.NotEmpty(datums);
        Assert.All(datums, d => Assert.InRange(
            DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture), new DateOnly(2025, 1, 1), new DateOnly(2026, 11, 25)));
    }

    [Fact]
    public void Every_BRIN_is_a_school_in_the_register()
    {
        var brins = Bestand.Meldingen
            .SelectMany(m => new[] { m.Body["brin"] }.Concat(m.Body["scholen"]?.AsArray() ?? []))
            .Where(n => n is not null)
            .Select(n => n!.GetValue<string>())
            .ToList();

        Assert.NotEmpty(brins);
        Assert.All(brins, b => Assert.Contains(b, RegisterBrins));
    }

    [Fact]
    public void Every_referentie_is_a_valid_pseudonymous_case_reference()
    {
        var referenties = Bestand.Meldingen.Select(m => m.Body["referentie"]?.GetValue<string>()).OfType<string>().ToList();

        Assert.NotEmpty(referenties);
        Assert.All(referenties, r => Assert.True(CasusReferentie.TryParse(r, out _, out var reden), $"{r}: {reden}"));
        Assert.Equal(referenties.Count, referenties.Distinct().Count());
    }

    [Fact]
    public void Holds_no_thuiszitter_cases_and_a_school_with_more_than_six_providers()
    {
        Assert.DoesNotContain(Bestand.Meldingen, m => m.Pad.Contains("thuiszitter", StringComparison.OrdinalIgnoreCase)
            || m.Body.ContainsKey("thuiszitterZaakId"));
        var aanbiedersPerSchool = Bestand.Meldingen
            .Where(m => m.Pad == "/v1/trajecten")
            .GroupBy(m => m.Body["brin"]!.GetValue<string>())
            .ToDictionary(g => g.Key, g => g.Select(m => m.Body["aanbiederId"]!.GetValue<string>()).Distinct().Count());
        Assert.Contains(aanbiedersPerSchool, s => s.Value > 6);
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => [v.GetValue<string>()],
        _ => [],
    };

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDatum();
}

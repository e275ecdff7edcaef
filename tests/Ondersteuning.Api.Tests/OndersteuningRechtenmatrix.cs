using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ontwikkelagenda.ServiceDefaults.Toegang;
using Ontwikkelagenda.TestSupport.Rechtenmatrix;

namespace Ondersteuning.Api.Tests;

/// <summary>
/// Ondersteuning.Api's row of issue 11's table: school staff write and read trajectories, EED referrals and complex
/// cases of their own school or SWV; OOGO partners report progress, each its own organisation's. Every request is about school 19SL (Assen, SWV
/// PO2201); the school staff here are the SWV's (PO2201 own, VO2201 other), since a municipality's complex cases are
/// the SWVs' only; a school against another school of the same SWV is in <see cref="ToegangTests"/>. An id route gets
/// a resource of its own, made first by its owner; follow-ups on it may be refused by the handler (400/409), which
/// still proves the caller got through.
/// </summary>
internal static class OndersteuningRechtenmatrix
{
    private const string School = "19SL";

    private static readonly Bezetting Bezetting = new(
        (TestGebruiker.Leerplicht("GM0106"), TestGebruiker.Leerplicht("GM1730")),
        (TestGebruiker.Swv("PO2201"), TestGebruiker.Swv("VO2201")),
        (TestGebruiker.Inkoper(OrganisatieSoorten.Gemeente, "GM0106"), TestGebruiker.Inkoper(OrganisatieSoorten.Gemeente, "GM1730")),
        (TestGebruiker.Oogo(OrganisatieSoorten.Swv, "PO2201"), TestGebruiker.Oogo(OrganisatieSoorten.Swv, "VO2201")),
        (TestGebruiker.Wethouder("GM0106"), TestGebruiker.Wethouder("GM1730")),
        (TestGebruiker.Beheer, TestGebruiker.AnderBeheer),
        (TestGebruiker.FunctionarisVan(OrganisatieSoorten.Swv, "PO2201"), TestGebruiker.FunctionarisVan(OrganisatieSoorten.Swv, "VO2201")));

    private static readonly Toegang EigenSchool = Toegang.AlleenEigen(Rollen.Schoolmedewerker);
    private static readonly Toegang Schoolmedewerkers = Toegang.Rollen(Rollen.Schoolmedewerker);
    private static readonly Toegang OogoPartners = Toegang.Rollen(Rollen.OogoPartner);
    private static readonly Toegang EigenRapport = Toegang.AlleenEigen(Rollen.OogoPartner);

    public static Matrix<OndersteuningApiFixture> Matrix { get; } = new(AlsEigenaar.Audience, Bezetting,
    [
        .. Infrastructuur.Rijen<OndersteuningApiFixture>(),
        Infrastructuur.Audittrail<OndersteuningApiFixture>(),
        .. Resource("/v1/trajecten", "trajectId", Traject, $"?brin={School}", ["beeindiging", "correcties", "intrekkingen"]),
        .. Resource("/v1/eed-verwijzingen", "verwijzingId", EedVerwijzing, $"?brin={School}", ["behandelstart", "correcties", "intrekkingen"]),
        // A municipality's complex cases span its schools: every SWV of the region reads the worklist.
        .. Resource("/v1/complexe-casussen", "casusId", ComplexeCasus, "?gemeente=GM0106", ["casusregisseur", "afsluiting", "correcties", "intrekkingen"],
            werkvoorraad: Schoolmedewerkers),
        // Every OOGO partner reports, under its own organisation (the token's); only that organisation reads back,
        // corrects or withdraws a report.
        new("POST", "/v1/voortgangsrapportages", OogoPartners, () => Post("/v1/voortgangsrapportages", Rapport())),
        new("POST", "/v1/voortgangsrapportages/validaties", OogoPartners, () => Post("/v1/voortgangsrapportages/validaties", Rapport())),
        new("GET", "/v1/voortgangsrapportages/{id}", EigenRapport,
            async (fixture, ct) => new HttpRequestMessage(HttpMethod.Get, $"/v1/voortgangsrapportages/{await RapportAsync(fixture, ct)}")),
        new("POST", "/v1/voortgangsrapportages/{id}/correcties", EigenRapport,
            async (fixture, ct) => Post($"/v1/voortgangsrapportages/{await RapportAsync(fixture, ct)}/correcties", Vervolg())),
        new("POST", "/v1/voortgangsrapportages/{id}/intrekkingen", EigenRapport,
            async (fixture, ct) => Post($"/v1/voortgangsrapportages/{await RapportAsync(fixture, ct)}/intrekkingen", Vervolg())),
    ]);

    /// <summary>
    /// The rows of a resource of a school: report (own school only), check (any school staff: it stores and shows
    /// nothing), the worklist, and reading and following up one of its own.
    /// </summary>
    private static IEnumerable<Rij<OndersteuningApiFixture>> Resource(string pad, string idVeld, Func<object> melding, string werkvoorraadQuery,
        string[] vervolgen, Toegang? werkvoorraad = null)
    {
        yield return new("POST", pad, EigenSchool, () => Post(pad, melding()));
        yield return new("POST", $"{pad}/validaties", Schoolmedewerkers, () => Post($"{pad}/validaties", melding()));
        yield return new("GET", pad, werkvoorraad ?? EigenSchool, () => new HttpRequestMessage(HttpMethod.Get, pad + werkvoorraadQuery));
        yield return new("GET", $"{pad}/{{id}}", EigenSchool,
            async (fixture, ct) => new HttpRequestMessage(HttpMethod.Get, $"{pad}/{await MaakAsync(fixture, pad, idVeld, melding(), ct)}"));
        foreach (var vervolg in vervolgen)
        {
            yield return new("POST", $"{pad}/{{id}}/{vervolg}", EigenSchool,
                async (fixture, ct) => Post($"{pad}/{await MaakAsync(fixture, pad, idVeld, melding(), ct)}/{vervolg}", Vervolg()));
        }
    }

    private static string Dag(int dagen) => DateTime.UtcNow.AddDays(dagen).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static object Traject() => new
    {
        meldingId = Guid.NewGuid(), brin = School, aanbiederId = Guid.Parse("0b9c7a52-6a7f-4a36-b1a2-2d1f5c8e9f01"), aanbiederNaam = "Accare",
        zwaarte = "licht", kader = "wmo", startdatum = Dag(-30),
    };

    private static object EedVerwijzing() => new { meldingId = Guid.NewGuid(), referentie = $"EED-{Guid.NewGuid():N}"[..20], brin = School, verwijsdatum = Dag(-40) };

    private static object ComplexeCasus() => new
    {
        meldingId = Guid.NewGuid(), referentie = $"CC-{Guid.NewGuid():N}"[..20], gemeente = "GM0106", brin = School, startdatum = Dag(-5),
        casusregisseur = new { rol = "casusregisseur", organisatie = "Sociaal team Assen" },
    };

    private static object Rapport() => new
    {
        meldingId = Guid.NewGuid(), doel = 4, status = "op-koers", toelichting = "Loopt.", datum = Dag(-3),
        naamRapporteur = "A. Jansen", rolRapporteur = "directeur",
    };

    /// <summary>A follow-up with only a new meldingId: the handler may refuse its content, the rights let it through first.</summary>
    private static object Vervolg() => new { meldingId = Guid.NewGuid() };

    private static HttpRequestMessage Post(string pad, object body) => new(HttpMethod.Post, pad) { Content = JsonContent.Create(body) };

    /// <summary>A new resource of school 19SL, reported by its owner.</summary>
    private static async Task<Guid> MaakAsync(OndersteuningApiFixture fixture, string pad, string idVeld, object melding, CancellationToken cancellationToken)
    {
        var response = await fixture.Client.PostAsJsonAsync(pad, melding, cancellationToken);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty(idVeld).GetGuid();
    }

    private static Task<Guid> RapportAsync(OndersteuningApiFixture fixture, CancellationToken cancellationToken) =>
        MaakAsync(fixture, "/v1/voortgangsrapportages", "rapportId", Rapport(), cancellationToken);
}

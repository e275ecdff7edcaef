using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ontwikkelagenda.ServiceDefaults.Toegang;
using Ontwikkelagenda.TestSupport.Rechtenmatrix;

namespace Leerplicht.Api.Tests;

/// <summary>
/// Leerplicht.Api's row of issue 11's table: only the leerplichtambtenaar writes and reads thuiszitter cases, and only
/// those of its own municipality (Tynaarlo, GM1730, here; Assen, GM0106, is the other). Every request is about a case
/// or a melding of Tynaarlo; an id route gets a case of its own, made first by Tynaarlo.
/// </summary>
internal static class LeerplichtRechtenmatrix
{
    private const string Eigen = "GM1730";
    private const string Andere = "GM0106";

    // The school of the case's pupil is the "own" school, and still reads nothing here.
    private static readonly Bezetting Bezetting = Bezetting.RondGemeente(Eigen, Andere, eigenSchool: "12AB", andereSchool: "19SL");

    private static readonly Toegang EigenGemeente = Toegang.AlleenEigen(Rollen.Leerplichtambtenaar);

    public static Matrix<LeerplichtApiFixture> Matrix { get; } = new(LeerplichtHost.Audience, Bezetting,
    [
        .. Infrastructuur.Rijen<LeerplichtApiFixture>(),
        Infrastructuur.Audittrail<LeerplichtApiFixture>(),
        new("POST", "/v1/thuiszitters", EigenGemeente, () => Post("/v1/thuiszitters", Melding())),
        // A check stores and shows nothing but the body's own faults, so any leerplichtambtenaar may check any body.
        new("POST", "/v1/thuiszitters/validaties", Toegang.Rollen(Rollen.Leerplichtambtenaar), () => Post("/v1/thuiszitters/validaties", Melding())),
        new("GET", "/v1/thuiszitters", EigenGemeente, () => new HttpRequestMessage(HttpMethod.Get, $"/v1/thuiszitters?gemeente={Eigen}")),
        new("GET", "/v1/thuiszitters/{id}", EigenGemeente,
            async (fixture, ct) => new HttpRequestMessage(HttpMethod.Get, $"/v1/thuiszitters/{(await ZaakAsync(fixture, ct)).Id}")),
        new("POST", "/v1/thuiszitters/{id}/beeindiging", EigenGemeente, async (fixture, ct) =>
            Post($"/v1/thuiszitters/{(await ZaakAsync(fixture, ct)).Id}/beeindiging",
                new { meldingId = Guid.NewGuid(), einddatum = Vandaag, uitkomst = "terug-naar-school" })),
        new("POST", "/v1/thuiszitters/{id}/correcties", EigenGemeente, async (fixture, ct) =>
        {
            var zaak = await ZaakAsync(fixture, ct);
            return Post($"/v1/thuiszitters/{zaak.Id}/correcties", new
            {
                meldingId = Guid.NewGuid(), gecorrigeerdeMeldingId = zaak.MeldingId, casusReferentie = "R-matrix-correctie", gemeente = Eigen,
                brin = "12AB", soortVerzuim = "absoluut", startdatum = Dag(-20),
            });
        }),
        new("POST", "/v1/thuiszitters/{id}/intrekkingen", EigenGemeente, async (fixture, ct) =>
        {
            var zaak = await ZaakAsync(fixture, ct);
            return Post($"/v1/thuiszitters/{zaak.Id}/intrekkingen",
                new { meldingId = Guid.NewGuid(), ingetrokkenMeldingId = zaak.MeldingId, reden = "Dubbel gemeld." });
        }),
        new("POST", "/v1/thuiszitters/{id}/overdrachten", EigenGemeente, async (fixture, ct) =>
            Post($"/v1/thuiszitters/{(await ZaakAsync(fixture, ct)).Id}/overdrachten",
                new { meldingId = Guid.NewGuid(), naarGemeente = Andere, overdrachtsdatum = Vandaag })),
    ]);

    private static string Vandaag => Dag(0);

    private static string Dag(int dagen) => DateTime.UtcNow.AddDays(dagen).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static object Melding(Guid? meldingId = null) => new
    {
        meldingId = meldingId ?? Guid.NewGuid(),
        casusReferentie = $"R-{Guid.NewGuid():N}"[..20],
        gemeente = Eigen,
        brin = "12AB",
        soortVerzuim = "langdurig-relatief",
        startdatum = Dag(-30),
    };

    private static HttpRequestMessage Post(string pad, object body) => new(HttpMethod.Post, pad) { Content = JsonContent.Create(body) };

    /// <summary>A new open case of Tynaarlo, reported by Tynaarlo, and the meldingId it was reported with.</summary>
    private static async Task<(Guid Id, Guid MeldingId)> ZaakAsync(LeerplichtApiFixture fixture, CancellationToken cancellationToken)
    {
        var meldingId = Guid.NewGuid();
        var response = await fixture.Client.PostAsJsonAsync("/v1/thuiszitters", Melding(meldingId), cancellationToken);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return ((await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("id").GetGuid(), meldingId);
    }
}

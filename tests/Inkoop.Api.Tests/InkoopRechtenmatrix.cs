using System.Net.Http.Json;
using Ontwikkelagenda.ServiceDefaults.Toegang;
using Ontwikkelagenda.TestSupport.Rechtenmatrix;
using static Inkoop.Api.Tests.Inkoop;

namespace Inkoop.Api.Tests;

/// <summary>
/// Inkoop.Api's row of issue 11's table: only the inkoper. Providers belong to no organisation, so every inkoper
/// registers, corrects and reads them; every inkoper reads every contract (the procurement comparison), and a contract
/// is written only by its contractant. Contract requests are about a contract of Tynaarlo (GM1730; Assen is the
/// other), made first by Tynaarlo's inkoper for an id route.
/// </summary>
internal static class InkoopRechtenmatrix
{
    private static readonly Bezetting Bezetting =
        Bezetting.RondGemeente(Tynaarlo, Assen, eigenSchool: Register.ScholenIn(Tynaarlo)[0], andereSchool: Register.ScholenIn(Assen)[0]);

    private static readonly Toegang Inkopers = Toegang.Rollen(Rollen.Inkoper);
    private static readonly Toegang Contractant = Toegang.AlleenEigen(Rollen.Inkoper);

    public static Matrix<InkoopApiFixture> Matrix { get; } = new(InkoopApiFixture.Audience, Bezetting,
    [
        .. Infrastructuur.Rijen<InkoopApiFixture>(),
        Infrastructuur.Audittrail<InkoopApiFixture>(),
        new("POST", "/v1/aanbieders", Inkopers,
            () => Post("/v1/aanbieders", new { meldingId = Guid.NewGuid(), naam = "Matrix Zorg BV", kvkNummer = "12345678" })),
        new("GET", "/v1/aanbieders", Inkopers, () => Get("/v1/aanbieders")),
        new("GET", "/v1/aanbieders/{id}", Inkopers, async (fixture, ct) => Get($"/v1/aanbieders/{(await AanbiederAsync(fixture)).Id}")),
        new("POST", "/v1/aanbieders/{id}/correcties", Inkopers, async (fixture, ct) =>
        {
            var aanbieder = await AanbiederAsync(fixture);
            return Post($"/v1/aanbieders/{aanbieder.Id}/correcties",
                new { meldingId = Guid.NewGuid(), gecorrigeerdeMeldingId = aanbieder.MeldingId, naam = "Matrix Zorg 2 BV" });
        }),
        new("POST", "/v1/aanbieders/{id}/intrekkingen", Inkopers, async (fixture, ct) =>
        {
            var aanbieder = await AanbiederAsync(fixture);
            return Post($"/v1/aanbieders/{aanbieder.Id}/intrekkingen",
                new { meldingId = Guid.NewGuid(), ingetrokkenMeldingId = aanbieder.MeldingId, reden = "Dubbel ingevoerd" });
        }),
        new("POST", "/v1/contracten", Contractant,
            async (fixture, ct) => Post("/v1/contracten", Contract(await fixture.Client.RegistreerAanbieder(), contractant: Tynaarlo))),
        // A check stores and shows nothing but the body's own faults, so any inkoper may check any body.
        new("POST", "/v1/contracten/validaties", Inkopers,
            async (fixture, ct) => Post("/v1/contracten/validaties", Contract(await fixture.Client.RegistreerAanbieder(), contractant: Tynaarlo))),
        new("GET", "/v1/contracten", Inkopers, () => Get($"/v1/contracten?gemeente={Tynaarlo}")),
        new("GET", "/v1/contracten/{id}", Inkopers, async (fixture, ct) => Get($"/v1/contracten/{(await ContractAsync(fixture)).Id}")),
        new("POST", "/v1/contracten/{id}/beeindiging", Contractant, async (fixture, ct) =>
            Post($"/v1/contracten/{(await ContractAsync(fixture)).Id}/beeindiging", new { meldingId = Guid.NewGuid(), einddatum = "2026-06-30" })),
        new("POST", "/v1/contracten/{id}/correcties", Contractant, async (fixture, ct) =>
        {
            var contract = await ContractAsync(fixture);
            return Post($"/v1/contracten/{contract.Id}/correcties", new
            {
                meldingId = Guid.NewGuid(), gecorrigeerdeMeldingId = contract.MeldingId, aanbiederId = contract.AanbiederId, contractant = Tynaarlo,
                soort = "jeugdhulp", soortZorg = "Ambulante jeugdhulp op school", kader = "jeugdwet", startdatum = "2026-02-01",
                heleGemeente = true, scholen = Array.Empty<string>(),
            });
        }),
        new("POST", "/v1/contracten/{id}/intrekkingen", Contractant, async (fixture, ct) =>
        {
            var contract = await ContractAsync(fixture);
            return Post($"/v1/contracten/{contract.Id}/intrekkingen",
                new { meldingId = Guid.NewGuid(), ingetrokkenMeldingId = contract.MeldingId, reden = "Verkeerd contract" });
        }),
    ]);

    private static HttpRequestMessage Get(string pad) => new(HttpMethod.Get, pad);

    private static HttpRequestMessage Post(string pad, object body) => new(HttpMethod.Post, pad) { Content = JsonContent.Create(body) };

    private static async Task<(Guid Id, Guid MeldingId)> AanbiederAsync(InkoopApiFixture fixture)
    {
        var meldingId = Guid.NewGuid();
        return (await fixture.Client.RegistreerAanbieder(meldingId: meldingId), meldingId);
    }

    /// <summary>A new contract of Tynaarlo, reported by Tynaarlo's inkoper, with its meldingId and provider.</summary>
    private static async Task<(Guid Id, Guid MeldingId, Guid AanbiederId)> ContractAsync(InkoopApiFixture fixture)
    {
        var aanbieder = await fixture.Client.RegistreerAanbieder();
        var meldingId = Guid.NewGuid();
        return (await fixture.Client.MeldContract(Contract(aanbieder, meldingId, contractant: Tynaarlo)), meldingId, aanbieder);
    }
}

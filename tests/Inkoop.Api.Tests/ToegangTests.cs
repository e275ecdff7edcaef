using System.Net;
using System.Net.Http.Json;
using Ontwikkelagenda.ServiceDefaults.Toegang;
using static Inkoop.Api.Tests.Inkoop;

namespace Inkoop.Api.Tests;

/// <summary>
/// Who may do what in Inkoop.Api (issue 11, point 2): only inkopers; each writes only the contracts of its own
/// municipality, or of the subregion when it buys for the subregion; every inkoper reads every contract. That refusals
/// change nothing; who gets through at which endpoint is <see cref="RechtenmatrixTests"/>' part.
/// </summary>
public sealed class ToegangTests(InkoopApiFixture fixture)
{
    private static readonly TestGebruiker AssenInkoper = TestGebruiker.Inkoper(OrganisatieSoorten.Gemeente, Assen);
    private static readonly TestGebruiker TynaarloInkoper = TestGebruiker.Inkoper(OrganisatieSoorten.Gemeente, Tynaarlo);

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string inDetail)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == status, $"{response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(inDetail, (await response.Json()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Roles_other_than_inkoper_are_403_and_register_no_provider()
    {
        var voor = await fixture.StandAsync();
        foreach (var gebruiker in new[] { TestGebruiker.Wethouder(Assen), TestGebruiker.Leerplicht(Assen), TestGebruiker.Oogo(OrganisatieSoorten.Swv, "PO2201") })
        {
            await AssertProblemAsync(await fixture.Als(gebruiker).PostAsJsonAsync("/v1/aanbieders",
                new { meldingId = Guid.NewGuid(), naam = "Niet Geregistreerd BV", kvkNummer = "87654321" }, Ct), HttpStatusCode.Forbidden, "inkoper");
        }
        Assert.Equal(voor, await fixture.StandAsync());
    }

    [Fact]
    public async Task An_inkoper_reports_only_its_own_municipality_s_contracts_and_the_subregion_s_only_for_the_subregion()
    {
        var aanbieder = await fixture.Client.RegistreerAanbieder();
        var voor = await fixture.StandAsync();

        await AssertProblemAsync(await fixture.Als(AssenInkoper).PostAsJsonAsync("/v1/contracten", Contract(aanbieder, contractant: Tynaarlo), Ct),
            HttpStatusCode.Forbidden, Tynaarlo);
        await AssertProblemAsync(await fixture.Als(AssenInkoper).PostAsJsonAsync("/v1/contracten", Contract(aanbieder, contractant: "subregio"), Ct),
            HttpStatusCode.Forbidden, "subregio");
        await AssertProblemAsync(await fixture.Als(InkoopApiFixture.SubregioInkoper).PostAsJsonAsync("/v1/contracten", Contract(aanbieder, contractant: Assen), Ct),
            HttpStatusCode.Forbidden, Assen);
        Assert.Equal(voor, await fixture.StandAsync());

        await fixture.Als(AssenInkoper).MeldContract(Contract(aanbieder, contractant: Assen));
        await fixture.Als(InkoopApiFixture.SubregioInkoper).MeldContract(Contract(aanbieder, contractant: "subregio"));
    }

    [Fact]
    public async Task Another_municipality_s_inkoper_reads_a_contract_but_cannot_end_correct_or_withdraw_it()
    {
        var aanbieder = await fixture.Client.RegistreerAanbieder();
        var contractId = await fixture.Als(AssenInkoper).MeldContract(Contract(aanbieder, contractant: Assen));
        var tynaarlo = fixture.Als(TynaarloInkoper);
        var voor = await fixture.StandAsync();

        Assert.Equal(HttpStatusCode.OK, (await tynaarlo.GetAsync($"/v1/contracten/{contractId}", Ct)).StatusCode);
        await AssertProblemAsync(await tynaarlo.PostAsJsonAsync($"/v1/contracten/{contractId}/beeindiging",
            new { meldingId = Guid.NewGuid(), einddatum = "2026-06-30" }, Ct), HttpStatusCode.Forbidden, "dit contract");
        var meldingId = (await tynaarlo.MeldingIds($"/v1/contracten/{contractId}"))[0];
        await AssertProblemAsync(await tynaarlo.PostAsJsonAsync($"/v1/contracten/{contractId}/intrekkingen",
            new { meldingId = Guid.NewGuid(), ingetrokkenMeldingId = meldingId }, Ct), HttpStatusCode.Forbidden, "dit contract");

        Assert.Equal(voor, await fixture.StandAsync());
    }

    [Fact]
    public async Task A_correction_cannot_move_a_contract_to_a_contractant_the_caller_does_not_buy_for()
    {
        var aanbieder = await fixture.Client.RegistreerAanbieder();
        var assen = fixture.Als(AssenInkoper);
        var contractId = await assen.MeldContract(Contract(aanbieder, contractant: Assen));
        var meldingId = (await assen.MeldingIds($"/v1/contracten/{contractId}"))[0];
        var voor = await fixture.StandAsync();

        var correctie = await assen.PostAsJsonAsync($"/v1/contracten/{contractId}/correcties", new
        {
            meldingId = Guid.NewGuid(),
            gecorrigeerdeMeldingId = meldingId,
            aanbiederId = aanbieder,
            contractant = Tynaarlo,
            soort = "jeugdhulp",
            soortZorg = "Ambulante jeugdhulp op school",
            kader = "jeugdwet",
            startdatum = "2026-01-01",
            heleGemeente = true,
            scholen = Array.Empty<string>(),
        }, Ct);

        await AssertProblemAsync(correctie, HttpStatusCode.Forbidden, Tynaarlo);
        Assert.Equal(voor, await fixture.StandAsync());
    }
}

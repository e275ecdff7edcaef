using System.Net;
using System.Net.Http.Json;
using static Inkoop.Api.Tests.Inkoop;

namespace Inkoop.Api.Tests;

/// <summary>POST /v1/contracten/validaties: the contract POST's validation, register lookups included, storing nothing (the CSV upload's check).</summary>
public sealed class ContractValidatiesTests(InkoopApiFixture fixture)
{
    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task A_valid_contract_is_200_geldig_and_stores_and_publishes_nothing()
    {
        var aanbieder = await Client.RegistreerAanbieder();
        var before = await fixture.StandAsync();

        var response = await Client.PostAsJsonAsync("/v1/contracten/validaties", Contract(aanbieder), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.Json()).GetProperty("geldig").GetBoolean());
        Assert.Equal(before, await fixture.StandAsync());
    }

    [Fact]
    public async Task An_invalid_contract_is_a_400_naming_the_same_fields_as_the_POST_the_unknown_provider_included()
    {
        var contract = Contract(Guid.NewGuid(), scholen: [Register.ScholenIn(Assen)[0], "99ZZ"], einddatum: "2025-12-31");
        var before = await fixture.StandAsync();

        var gecontroleerd = await (await Client.PostAsJsonAsync("/v1/contracten/validaties", contract, Ct)).InvalidParams();

        Assert.Equal(["aanbiederId", "einddatum", "scholen[1]"], gecontroleerd.Order());
        Assert.Equal(await (await Client.PostAsJsonAsync("/v1/contracten", contract, Ct)).InvalidParams(), gecontroleerd);
        Assert.Equal(before, await fixture.StandAsync());
    }
}

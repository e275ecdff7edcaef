using System.Net;
using Ontwikkelagenda.ServiceDefaults.Toegang;
using static Inkoop.Api.Tests.Inkoop;

namespace Inkoop.Api.Tests;

/// <summary>
/// Inkoop.Api's audit trail (issue 11, point 4): contracts hold no children's data, but every write and read of one is
/// recorded all the same, refusals included, and only the functionaris gegevensbescherming reads the trail. The trail
/// itself has the tests of the intake library and Leerplicht.Api; these test the wiring.
/// </summary>
public sealed class AuditTests(InkoopApiFixture fixture)
{
    private static readonly TestGebruiker AssenInkoper = TestGebruiker.Inkoper(OrganisatieSoorten.Gemeente, Assen);

    private HttpClient Functionaris => fixture.Als(TestGebruiker.Functionaris);

    [Fact]
    public async Task A_contract_reported_and_read_leaves_entries_and_a_refused_write_too()
    {
        var inkoper = fixture.Als(AssenInkoper);
        var contractId = await inkoper.MeldContract(Contract(await inkoper.RegistreerAanbieder()));
        Assert.Equal(HttpStatusCode.OK, (await inkoper.GetAsync($"/v1/contracten/{contractId}", Ct)).StatusCode);
        var wethouder = TestGebruiker.Wethouder(Assen);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Als(wethouder).PostAsync($"/v1/contracten/{contractId}/beeindiging", null, Ct)).StatusCode);

        var melding = await Audittrail.LaatsteAsync(Functionaris, AssenInkoper, "MeldContract", Ct);
        Assert.Equal(("POST", 202, "gemeente", Assen), (melding.GetProperty("methode").GetString(), melding.GetProperty("status").GetInt32(),
            melding.GetProperty("organisatieSoort").GetString(), melding.GetProperty("organisatieCode").GetString()));
        var lezing = await Audittrail.LaatsteAsync(Functionaris, AssenInkoper, "GetContract", Ct);
        Assert.Equal((200, contractId.ToString()), (lezing.GetProperty("status").GetInt32(), lezing.RouteWaarde("id")));
        var geweigerd = await Audittrail.LaatsteAsync(Functionaris, wethouder, "BeeindigContract", Ct);
        Assert.Equal((403, contractId.ToString()), (geweigerd.GetProperty("status").GetInt32(), geweigerd.RouteWaarde("id")));
    }

    [Fact]
    public async Task Only_the_functionaris_reads_the_audit_trail()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Anoniem.GetAsync("/v1/audit", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Als(AssenInkoper).GetAsync("/v1/audit", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Functionaris.GetAsync("/v1/audit", Ct)).StatusCode);
    }
}

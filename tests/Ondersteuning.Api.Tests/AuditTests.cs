using System.Net;
using System.Net.Http.Json;

namespace Ondersteuning.Api.Tests;

/// <summary>
/// Ondersteuning.Api's audit trail (issue 11, point 4): a trajectory's writes and reads leave entries with who, what and
/// the answer, refusals included, and only the functionaris gegevensbescherming reads them. The trail itself has the
/// tests of the intake library and Leerplicht.Api; these test the wiring.
/// </summary>
public sealed class AuditTests(OndersteuningApiFixture fixture) : ApiTest(fixture)
{
    private static readonly TestGebruiker School = TestGebruiker.School(RegisterBrin);

    private HttpClient Functionaris => Fixture.Als(TestGebruiker.Functionaris);

    [Fact]
    public async Task A_trajectory_started_and_read_leaves_entries_and_a_refused_read_too()
    {
        var id = await Accepted(await Fixture.Als(School).PostAsJsonAsync("/v1/trajecten", new
        {
            meldingId = Guid.NewGuid(),
            brin = RegisterBrin,
            aanbiederId = Guid.Parse("0b9c7a52-6a7f-4a36-b1a2-2d1f5c8e9f01"),
            aanbiederNaam = "Accare",
            zwaarte = "licht",
            kader = "wmo",
            startdatum = Dag(-30),
        }, Ct), "/v1/trajecten", "trajectId");
        Assert.Equal(HttpStatusCode.OK, (await Fixture.Als(School).GetAsync($"/v1/trajecten/{id}", Ct)).StatusCode);
        var leerplicht = TestGebruiker.Leerplicht("GM0106");
        Assert.Equal(HttpStatusCode.Forbidden, (await Fixture.Als(leerplicht).GetAsync($"/v1/trajecten/{id}", Ct)).StatusCode);

        var start = await Audittrail.LaatsteAsync(Functionaris, School, "StartTraject", Ct);
        Assert.Equal(("POST", 202, "school", RegisterBrin), (start.GetProperty("methode").GetString(), start.GetProperty("status").GetInt32(),
            start.GetProperty("organisatieSoort").GetString(), start.GetProperty("organisatieCode").GetString()));
        var lezing = await Audittrail.LaatsteAsync(Functionaris, School, "GetTraject", Ct);
        Assert.Equal((200, id.ToString()), (lezing.GetProperty("status").GetInt32(), lezing.RouteWaarde("id")));
        var geweigerd = await Audittrail.LaatsteAsync(Functionaris, leerplicht, "GetTraject", Ct);
        Assert.Equal((403, id.ToString()), (geweigerd.GetProperty("status").GetInt32(), geweigerd.RouteWaarde("id")));
    }

    [Fact]
    public async Task Only_the_functionaris_reads_the_audit_trail()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await Fixture.Anoniem.GetAsync("/v1/audit", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Fixture.Als(School).GetAsync("/v1/audit", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Functionaris.GetAsync("/v1/audit", Ct)).StatusCode);
    }
}

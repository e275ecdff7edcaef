using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Agenda.Api.Client;
using System.Globalization;

namespace Ontwikkelagenda.EndToEndTests;

/// <summary>A leerplicht office reports cases through Leerplicht.Api; the figures come back from Agenda.Api.</summary>
[Collection(SystemCollection.Name)]
public sealed class ThuiszittersFlowTests(SystemFixture system)
{
    // Each test counts in its own municipality, so one test's events in flight never move another's baseline
    // (Tynaarlo belongs to RegioOverzichtPageTests).
    private const string AaEnHunze = "GM1680";
    private const string MiddenDrenthe = "GM1731";
    private const string Assen = "GM0106";
    private static readonly TimeSpan ArrivalTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Leerplicht.Api as the leerplichtambtenaar of <paramref name="gemeente"/>.</summary>
    private HttpClient Leerplicht(string gemeente) => system.Als("leerplicht-api", SysteemToegang.Van(gemeente));

    [Fact]
    public async Task ReportedCasesAreCountedByTheirMunicipalityAndTheRegion()
    {
        var ct = TestContext.Current.CancellationToken;
        // Nobody sees the region exactly: its count is the sum of the four municipalities, each read as its own
        // leerplichtambtenaar.
        var before = await EigenCijfers.Regio(system.AgendaAls, null, ct);

        for (var i = 0; i < 3; i++)
        {
            var response = await Leerplicht(AaEnHunze).PostAsJsonAsync("/v1/thuiszitters", Meldingen.Absoluut(AaEnHunze, Meldingen.Today.AddDays(-20)), ct);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }

        await WaitForOpen(AaEnHunze, EigenCijfers.Open(before[AaEnHunze]) + 3);
        var after = await EigenCijfers.Regio(system.AgendaAls, null, ct);
        Assert.Equal(before.Som(Open) + 3, after.Som(Open));
        // The region's own row adds up to the same wherever it is shown (to a viewer without case rights, or beside
        // Aa en Hunze's own count); withheld it says nothing.
        foreach (var lezer in new[] { system.AgendaKijker, system.AgendaAls(AaEnHunze) })
        {
            var regio = (await lezer.GetRegioOverzicht(cancellationToken: ct)).Regio;
            if (Open(regio).IsShown) Assert.Equal(after.Som(Open), Open(regio).Aantal());
        }
    }

    [Fact]
    public async Task TheSameMeldingSentTwiceCountsOnceAndGetsTheSameAnswer()
    {
        var before = await OpenAls(MiddenDrenthe);
        var melding = Meldingen.Absoluut(MiddenDrenthe, Meldingen.Today.AddDays(-5));

        var first = await Leerplicht(MiddenDrenthe).PostAsJsonAsync("/v1/thuiszitters", melding, TestContext.Current.CancellationToken);
        var second = await Leerplicht(MiddenDrenthe).PostAsJsonAsync("/v1/thuiszitters", melding, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(first.Headers.Location, second.Headers.Location);

        await WaitForOpen(MiddenDrenthe, before + 1);
        // A second count would arrive through the same queue; give it ample time to show up if it exists.
        await Task.Delay(TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);
        Assert.Equal(before + 1, await OpenAls(MiddenDrenthe));
    }

    [Fact]
    public async Task BadInputIsRefusedWithEveryWrongFieldNamed()
    {
        var response = await Leerplicht(Assen).PostAsJsonAsync("/v1/thuiszitters", new
        {
            meldingId = Guid.NewGuid(),
            casusReferentie = "x",
            gemeente = "GM9999",
            brin = "ABCD",
            soortVerzuim = "langdurig-relatief",
            startdatum = Meldingen.Today.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        foreach (var field in new[] { "casusReferentie", "gemeente", "brin", "startdatum" })
            Assert.Contains($"\"{field}\"", body);
    }

    [Fact]
    public async Task ClosingAnUnknownCaseIsNotFoundClosingTwiceIsAConflictAndTheClosingReachesTheFigures()
    {
        var unknown = await Leerplicht(Assen).PostAsJsonAsync($"/v1/thuiszitters/{Guid.NewGuid()}/beeindiging",
            Meldingen.Beeindiging(Meldingen.Today, "terug-naar-school"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        var before = await OpenAls(Assen);
        var gemeld = await Leerplicht(Assen).PostAsJsonAsync("/v1/thuiszitters", Meldingen.Absoluut(Assen, Meldingen.Today.AddDays(-40)), TestContext.Current.CancellationToken);
        var id = JsonDocument.Parse(await gemeld.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("id").GetGuid();
        await WaitForOpen(Assen, before + 1);

        var first = await Leerplicht(Assen).PostAsJsonAsync($"/v1/thuiszitters/{id}/beeindiging", Meldingen.Beeindiging(Meldingen.Today, "zorgaanbod"), TestContext.Current.CancellationToken);
        var second = await Leerplicht(Assen).PostAsJsonAsync($"/v1/thuiszitters/{id}/beeindiging", Meldingen.Beeindiging(Meldingen.Today, "terug-naar-school"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        // Closed today, so no longer open today: the closing reached the figures, and only once.
        await WaitForOpen(Assen, before);
    }

    private static Cijfer Open(BeschermdeDetail cijfers) => cijfers.Thuiszitters.Totaal.Open;

    /// <summary>The municipality's open cases in the overview as its own leerplichtambtenaar reads them: exactly.</summary>
    private async Task<int> OpenAls(string gemeente) =>
        EigenCijfers.Open(await EigenCijfers.Gemeente(system.AgendaAls, gemeente, null, TestContext.Current.CancellationToken));

    private async Task WaitForOpen(string gemeente, int expected)
    {
        var deadline = DateTime.UtcNow + ArrivalTimeout;
        while (true)
        {
            var open = await OpenAls(gemeente);
            if (open == expected || DateTime.UtcNow > deadline)
            {
                Assert.Equal(expected, open);
                return;
            }
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }
}

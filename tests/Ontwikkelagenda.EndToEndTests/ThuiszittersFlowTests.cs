using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Agenda.Api.Client;
using Refit;
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

    private IAgendaApi Agenda => system.AgendaLezer;

    [Fact]
    public async Task ReportedCasesAreCountedByTheirMunicipalityAndTheRegion()
    {
        var before = await Agenda.GetRegioOverzicht(cancellationToken: TestContext.Current.CancellationToken);

        for (var i = 0; i < 3; i++)
        {
            var response = await Leerplicht(AaEnHunze).PostAsJsonAsync("/v1/thuiszitters", Meldingen.Absoluut(AaEnHunze, Meldingen.Today.AddDays(-20)), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }

        var after = await WaitForOpen(AaEnHunze, Open(before, AaEnHunze) + 3);
        Assert.Equal(before.Regio.Thuiszitters.Open + 3, after.Regio.Thuiszitters.Open);
    }

    [Fact]
    public async Task TheSameMeldingSentTwiceCountsOnceAndGetsTheSameAnswer()
    {
        var before = await Agenda.GetRegioOverzicht(cancellationToken: TestContext.Current.CancellationToken);
        var melding = Meldingen.Absoluut(MiddenDrenthe, Meldingen.Today.AddDays(-5));

        var first = await Leerplicht(MiddenDrenthe).PostAsJsonAsync("/v1/thuiszitters", melding, TestContext.Current.CancellationToken);
        var second = await Leerplicht(MiddenDrenthe).PostAsJsonAsync("/v1/thuiszitters", melding, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(first.Headers.Location, second.Headers.Location);

        await WaitForOpen(MiddenDrenthe, Open(before, MiddenDrenthe) + 1);
        // A second count would arrive through the same queue; give it ample time to show up if it exists.
        await Task.Delay(TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);
        var settled = await Agenda.GetRegioOverzicht(cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(Open(before, MiddenDrenthe) + 1, Open(settled, MiddenDrenthe));
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

        var before = Open(await Agenda.GetRegioOverzicht(cancellationToken: TestContext.Current.CancellationToken), Assen);
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

    private static int Open(RegioOverzicht overzicht, string gemeente) =>
        overzicht.Gemeenten.Single(g => g.Code == gemeente).Thuiszitters.Open;

    private async Task<RegioOverzicht> WaitForOpen(string gemeente, int expected)
    {
        var deadline = DateTime.UtcNow + ArrivalTimeout;
        while (true)
        {
            var overzicht = await Agenda.GetRegioOverzicht(cancellationToken: TestContext.Current.CancellationToken);
            if (Open(overzicht, gemeente) == expected || DateTime.UtcNow > deadline)
            {
                Assert.Equal(expected, Open(overzicht, gemeente));
                return overzicht;
            }
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }
}

using Agenda.Api.Client;
using Refit;

namespace Ontwikkelagenda.EndToEndTests;

/// <summary>A procurement officer registers a provider and a contract through Inkoop.Api and ends it again.</summary>
[Collection(SystemCollection.Name)]
public sealed class InkoopFlowTests(SystemFixture system)
{
    // Only this test contracts for one municipality alone; its contract ends before today, so the sample's figures
    // on 2026-11-25 (VoorbeelddataTests) never include it.
    private const string Tynaarlo = "GM1730";

    // Tynaarlo's inkoper registers the provider and closes and ends its contract.
    private HttpClient Inkoop => system.Als("inkoop-api", SysteemToegang.Van(Tynaarlo));

    private IAgendaApi Agenda => system.AgendaLezer;

    [Fact]
    public async Task AContractOfOneMunicipalityCountsForItAloneUntilItEnds()
    {
        var vandaag = Meldingen.Today;
        var before = await Agenda.GetInkoopVergelijking(vandaag, TestContext.Current.CancellationToken);
        var naam = $"Jeugdwerk E2E {Guid.NewGuid().ToString("N")[..8]} (test)";

        var aanbiederId = (await Intake.Accepted(Inkoop, "/v1/aanbieders", new { meldingId = Guid.NewGuid(), naam }))
            .GetProperty("aanbiederId").GetGuid();
        var contractId = (await Intake.Accepted(Inkoop, "/v1/contracten", new
        {
            meldingId = Guid.NewGuid(),
            aanbiederId,
            contractant = Tynaarlo,
            soort = "jeugdhulp",
            soortZorg = "Jongerenwerk op scholen (end-to-end test)",
            kader = "wmo",
            // Three days back stays after the sample data's peildatum (2026-11-25), which VoorbeelddataTests counts on.
            startdatum = vandaag.AddDays(-3),
            heleGemeente = true,
            scholen = Array.Empty<string>(),
        })).GetProperty("contractId").GetGuid();

        var during = await Eventually.Read(ct => Agenda.GetInkoopVergelijking(vandaag, ct),
            v => v.Overlap.Any(a => a.AanbiederId == aanbiederId));
        var overlap = Assert.Single(during.Overlap, a => a.AanbiederId == aanbiederId);
        Assert.Equal(naam, overlap.Naam);
        Assert.Equal([Tynaarlo], overlap.Gemeenten);
        Assert.True(overlap.VoorEen);
        Assert.False(overlap.VoorAlleVier);
        Assert.Equal(before.VoorEen + 1, during.VoorEen);
        Assert.Equal(before.VoorAlleVier, during.VoorAlleVier);
        foreach (var gemeente in before.PerGemeente)
        {
            var nu = Assert.Single(during.PerGemeente, g => g.Gemeente == gemeente.Gemeente);
            Assert.Equal(gemeente.Gemeente == Tynaarlo ? gemeente.Aantal + 1 : gemeente.Aantal, nu.Aantal);
            Assert.Equal(gemeente.Gemeente == Tynaarlo, nu.Aanbieders.Any(a => a.AanbiederId == aanbiederId));
        }
        var tynaarlo = await Agenda.GetGemeente(Tynaarlo, vandaag, TestContext.Current.CancellationToken);
        Assert.Equal(Aantal(before, Tynaarlo) + 1, tynaarlo.Cijfers.Inkoop.AanbiedersOnderContract);

        // Ended yesterday: no longer active today, still active the day before.
        await Intake.Accepted(Inkoop, $"/v1/contracten/{contractId}/beeindiging", new { meldingId = Guid.NewGuid(), einddatum = vandaag.AddDays(-1) });

        var after = await Eventually.Read(ct => Agenda.GetInkoopVergelijking(vandaag, ct),
            v => v.Overlap.All(a => a.AanbiederId != aanbiederId));
        Assert.DoesNotContain(after.Overlap, a => a.AanbiederId == aanbiederId);
        Assert.Equal(Aantal(before, Tynaarlo), Aantal(after, Tynaarlo));
        Assert.Equal(before.VoorEen, after.VoorEen);
        var eergisteren = await Agenda.GetInkoopVergelijking(vandaag.AddDays(-2), TestContext.Current.CancellationToken);
        Assert.Contains(eergisteren.PerGemeente.Single(g => g.Gemeente == Tynaarlo).Aanbieders, a => a.AanbiederId == aanbiederId);
    }

    private static int Aantal(InkoopVergelijking vergelijking, string gemeente) =>
        vergelijking.PerGemeente.Single(g => g.Gemeente == gemeente).Aantal;
}

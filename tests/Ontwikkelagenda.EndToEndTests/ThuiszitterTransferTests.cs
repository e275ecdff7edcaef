using System.Globalization;
using System.Text.Json;
using Agenda.Api.Client;
using Refit;
using Ontwikkelagenda.Contracts.Kpis;

namespace Ontwikkelagenda.EndToEndTests;

/// <summary>
/// A child with a case older than three months moves within the region: the leerplicht office transfers the case,
/// and the Thuiszitterspact's deadline is announced to the agenda.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class ThuiszitterTransferTests(SystemFixture system)
{
    // Other tests count cases here too, but each waits until its own reached the figures: compare with a baseline.
    private const string AaEnHunze = "GM1680";
    private const string MiddenDrenthe = "GM1731";
    private const string Assen = "GM0106";
    private const string TermijnEvent = "ThuiszitterTermijnOverschreden";

    /// <summary>Leerplicht.Api as the leerplichtambtenaar of <paramref name="gemeente"/>.</summary>
    private HttpClient Leerplicht(string gemeente) => system.Als("leerplicht-api", SysteemToegang.Van(gemeente));

    [Fact]
    public async Task ATransferredCaseCountsForTheNewMunicipalityFromTheTransferDateWithItsClockRunning()
    {
        var vandaag = Meldingen.Today;
        var gisteren = vandaag.AddDays(-1);
        var vanVandaag = await Cijfers(AaEnHunze, vandaag, TestContext.Current.CancellationToken);
        var vanGisteren = await Cijfers(AaEnHunze, gisteren, TestContext.Current.CancellationToken);
        var naarVandaag = await Cijfers(MiddenDrenthe, vandaag, TestContext.Current.CancellationToken);
        var naarGisteren = await Cijfers(MiddenDrenthe, gisteren, TestContext.Current.CancellationToken);

        var startdatum = vandaag.AddDays(-100);
        var id = (await Intake.Accepted(Leerplicht(AaEnHunze), "/v1/thuiszitters", Meldingen.Absoluut(AaEnHunze, startdatum))).GetProperty("id").GetGuid();
        await Eventually.Read(ct => Cijfers(AaEnHunze, vandaag, ct), t => t.Open == vanVandaag.Open + 1);
        await Intake.Accepted(Leerplicht(AaEnHunze), $"/v1/thuiszitters/{id}/overdrachten", Meldingen.Overdracht(MiddenDrenthe, vandaag));

        var naar = await Eventually.Read(ct => Cijfers(MiddenDrenthe, vandaag, ct), t => t.Open == naarVandaag.Open + 1);
        // The order of the case's meldingen (the deadline announcement may come before or after the transfer) helps
        // to find out why, should the transfer not arrive.
        Assert.True(naarVandaag.Open + 1 == naar.Open,
            $"Midden-Drenthe counts {naar.Open} open cases today, expected {naarVandaag.Open + 1}; case {id} has meldingen "
            + string.Join(", ", Soorten(await Intake.Get(Leerplicht(MiddenDrenthe), $"/v1/thuiszitters/{id}", TestContext.Current.CancellationToken))));
        Assert.Equal(naarVandaag.LangerDanDrieMaanden + 1, naar.LangerDanDrieMaanden);
        var van = await Eventually.Read(ct => Cijfers(AaEnHunze, vandaag, ct), t => t.Open == vanVandaag.Open);
        Assert.Equal(vanVandaag.Open, van.Open);
        Assert.Equal(vanVandaag.LangerDanDrieMaanden, van.LangerDanDrieMaanden);
        // Before the transfer date the case lived, and still counts, in Aa en Hunze.
        Assert.Equal(vanGisteren.Open + 1, (await Cijfers(AaEnHunze, gisteren, TestContext.Current.CancellationToken)).Open);
        Assert.Equal(vanGisteren.LangerDanDrieMaanden + 1, (await Cijfers(AaEnHunze, gisteren, TestContext.Current.CancellationToken)).LangerDanDrieMaanden);
        Assert.Equal(naarGisteren.Open, (await Cijfers(MiddenDrenthe, gisteren, TestContext.Current.CancellationToken)).Open);

        // The new municipality's leerplicht office sees it first: the only case there past three months.
        var werkvoorraad = await Werkvoorraad(MiddenDrenthe);
        var eerste = werkvoorraad[0];
        Assert.Equal(id, eerste.GetProperty("id").GetGuid());
        Assert.True(eerste.GetProperty("langerDanDrieMaanden").GetBoolean());
        Assert.Equal(startdatum, DateOnly.Parse(eerste.GetProperty("startdatum").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal(100, eerste.GetProperty("leeftijdInDagen").GetInt32());
        Assert.DoesNotContain(await Werkvoorraad(AaEnHunze), z => z.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task ACasePastThreeMonthsIsAnnouncedOnceAndTheSiloConsumesTheAnnouncement()
    {
        var before = await SiloEvents(TermijnEvent);

        var id = (await Intake.Accepted(Leerplicht(Assen), "/v1/thuiszitters", Meldingen.Absoluut(Assen, Meldingen.Today.AddDays(-100)))).GetProperty("id").GetGuid();

        var zaak = await Eventually.Read(ct => Intake.Get(Leerplicht(Assen), $"/v1/thuiszitters/{id}", ct), z => Soorten(z).Contains("termijn-overschreden"));
        Assert.Single(Soorten(zaak), s => s == "termijn-overschreden");
        // The counter is per event type, not per case: another test's case may be announced in the same time.
        var after = await Eventually.Read(_ => SiloEvents(TermijnEvent), n => n.Consumed > before.Consumed);
        Assert.True(after.Consumed > before.Consumed, $"The silos consumed no {TermijnEvent} (still {after.Consumed}).");
        Assert.Equal(before.Faulted, after.Faulted);
        // Later scans (every 2 s here) find the case again but announce it no second time.
        zaak = await Intake.Get(Leerplicht(Assen), $"/v1/thuiszitters/{id}", TestContext.Current.CancellationToken);
        Assert.Single(Soorten(zaak), s => s == "termijn-overschreden");
    }

    /// <summary>A municipality's open cases and those longer than three months, read exactly by its own leerplichtambtenaar.</summary>
    private async Task<(int Open, int LangerDanDrieMaanden)> Cijfers(string gemeente, DateOnly peildatum, CancellationToken ct)
    {
        var totaal = (await system.AgendaAls(gemeente).GetGemeente(gemeente, peildatum, ct)).Cijfers.Thuiszitters.Totaal;
        return (totaal.Open.Aantal(), totaal.LangerDanDrieMaanden.Aantal());
    }

    private async Task<IReadOnlyList<JsonElement>> Werkvoorraad(string gemeente) =>
        [.. (await Intake.Get(Leerplicht(gemeente), $"/v1/thuiszitters?gemeente={gemeente}", TestContext.Current.CancellationToken))
            .GetProperty("thuiszitters").EnumerateArray()];

    private static List<string> Soorten(JsonElement zaak) =>
        [.. zaak.GetProperty("meldingen").EnumerateArray().Select(m => m.GetProperty("soort").GetString()!)];

    /// <summary>
    /// <c>ontwikkelagenda_events_total{outcome,event_type}</c> summed over both silos' Prometheus endpoints.
    /// A restart resets the counters, but tests here run one at a time.
    /// </summary>
    private async Task<(long Consumed, long Faulted)> SiloEvents(string eventType)
    {
        long consumed = 0, faulted = 0;
        foreach (var silo in new[] { "agenda-silo-0", "agenda-silo-1" })
        {
            using var http = new HttpClient { BaseAddress = system.AppHost.Url(silo) };
            var metrics = await http.GetStringAsync("/metrics", TestContext.Current.CancellationToken);
            foreach (var line in metrics.Split('\n'))
            {
                if (!line.StartsWith("ontwikkelagenda_events_total{", StringComparison.Ordinal) || !line.Contains($"event_type=\"{eventType}\"")) continue;
                var value = (long)double.Parse(line[(line.LastIndexOf('}') + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                if (line.Contains("outcome=\"consumed\"")) consumed += value;
                else if (line.Contains("outcome=\"faulted\"")) faulted += value;
            }
        }
        return (consumed, faulted);
    }
}

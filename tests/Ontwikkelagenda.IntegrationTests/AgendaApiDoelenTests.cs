using Agenda.Api.Client;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.Contracts.Agenda;
using Ontwikkelagenda.TestSupport;

namespace Ontwikkelagenda.IntegrationTests;

/// <summary>Goals, a goal's history and the changes between two OOGO meetings, against <see cref="AgendaApiScenario"/>.</summary>
public sealed class AgendaApiDoelenTests(ServersFixture servers)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DoelenGivesTheAgendaVersionInForceWithEachGoalsRegionalStatus()
    {
        await using var scenario = await AgendaApiScenario.StartAsync(servers);

        var doelen = await scenario.Agenda.GetDoelen(AgendaApiScenario.Peildatum, Ct);
        var oud = await scenario.Agenda.GetDoelen(new DateOnly(2017, 1, 1), Ct);

        Assert.Equal(("2025-2027", new DateOnly(2025, 8, 1), 6), (doelen.Periode, doelen.GeldigVanaf, doelen.NormAanbiedersPerSchool));
        Assert.Equal([1, 2, 3, 4, 5, 6], doelen.Doelen.Select(d => d.Nummer));
        var thuiszitterspact = doelen.Doelen.Single(d => d.Nummer == 5);
        Assert.Equal(("Thuiszitterspact", "thuiszitters.langerDanDrieMaanden", 0m), (thuiszitterspact.Titel, thuiszitterspact.Kpi, thuiszitterspact.Streefwaarde));
        Assert.Equal(new Statusgrenzen(StatusRichting.LagerIsBeter, 0m, 2m), thuiszitterspact.Grenzen);
        Assert.Contains("SWV PO 22.01", thuiszitterspact.Eigenaren);
        // The region's one case past three months: withheld with its KPI status for every caller; the report's status stays.
        Assert.Equal((Cijfer.Withheld(Onderdrukking.SmallNumber), (DoelStatus?)null, DoelStatus.AandachtNodig),
            (thuiszitterspact.Stand.KpiWaarde, thuiszitterspact.Stand.KpiStatus, thuiszitterspact.Stand.RapportStatus));
        var bestuurlijk = doelen.Doelen.Single(d => d.Nummer == 1);
        Assert.Equal((null, null, DoelStatus.OpKoers), (bestuurlijk.Kpi, bestuurlijk.Grenzen, bestuurlijk.Stand.RapportStatus));

        Assert.Equal("2016-2018", oud.Periode);
        Assert.Null(oud.Doelen.Single(d => d.Nummer == 2).Kpi);
    }

    [Fact]
    public async Task HistorieGivesEveryReportFlaggedAndTheKpiAtEachMonthEndAtTheLevelAsked()
    {
        await using var scenario = await AgendaApiScenario.StartAsync(servers);

        var leerplicht = scenario.AgendaAls(TestGebruiker.Leerplicht("GM1730"));
        var historie = await leerplicht.GetDoelHistorie(5, new DateOnly(2025, 12, 15), AgendaApiScenario.Peildatum, "gemeente", "GM1730", Ct);
        var assen = await scenario.Agenda.GetDoelHistorie(5, new DateOnly(2025, 12, 15), AgendaApiScenario.Peildatum, "gemeente", "GM0106", Ct);
        var doel1 = await scenario.Agenda.GetDoelHistorie(1, new DateOnly(2025, 12, 15), AgendaApiScenario.Peildatum, cancellationToken: Ct);

        Assert.Equal(("gemeente", "GM1730", "Thuiszitterspact"), (historie.Niveau, historie.Code, historie.Titel));
        // The absoluut case from 15 October is past three months from 16 January.
        Assert.Equal(
            [
                new KpiMeting(new DateOnly(2025, 12, 31), Cijfer.Shown(0m), DoelStatus.OpKoers),
                new KpiMeting(new DateOnly(2026, 1, 31), Cijfer.Shown(1m), DoelStatus.AandachtNodig),
                new KpiMeting(new DateOnly(2026, 2, 28), Cijfer.Shown(1m), DoelStatus.AandachtNodig),
            ],
            historie.Metingen);
        Assert.All(assen.Metingen, m => Assert.Equal(Cijfer.Shown(0m), m.Waarde));

        // The corrected report stays in the history, flagged with the correcting event.
        Assert.Equal(2, historie.Rapporten.Count);
        var origineel = historie.Rapporten.Single(r => r.EventId == scenario.Doel5Achter.EventId);
        Assert.Equal((DoelStatus.Achter, scenario.Doel5Correctie.EventId), (origineel.Status, origineel.GecorrigeerdDoor));
        var correctie = historie.Rapporten.Single(r => r.EventId == scenario.Doel5Correctie.EventId);
        Assert.Equal((DoelStatus.AandachtNodig, new DateOnly(2025, 12, 2), null), (correctie.Status, correctie.Datum, correctie.GecorrigeerdDoor));

        Assert.Equal(("regio", "22.01"), (doel1.Niveau, doel1.Code));
        Assert.All(doel1.Metingen, m => Assert.Equal((Cijfer.Shown(null), (DoelStatus?)null), (m.Waarde, m.Status)));
        Assert.True(doel1.Rapporten.Single(r => r.EventId == scenario.Doel1Ingetrokken.EventId).Ingetrokken);
        Assert.False(doel1.Rapporten.Single(r => r.EventId == scenario.Doel1OpKoers.EventId).Ingetrokken);
    }

    [Fact]
    public async Task HistorieIsExactOnlyForTheCallersOwnCasesAndProtectedForEveryoneElse()
    {
        await using var scenario = await AgendaApiScenario.StartAsync(servers);
        var van = new DateOnly(2026, 1, 15);
        var tot = AgendaApiScenario.Peildatum;

        // Tynaarlo's one case past three months at the end of January and February.
        var eigen = await scenario.AgendaAls(TestGebruiker.Leerplicht("GM1730")).GetDoelHistorie(5, van, tot, "gemeente", "GM1730", Ct);
        var andereGemeente = await scenario.AgendaAls(TestGebruiker.Leerplicht("GM0106")).GetDoelHistorie(5, van, tot, "gemeente", "GM1730", Ct);
        var wethouder = await scenario.AgendaAls(TestGebruiker.Wethouder("GM1730")).GetDoelHistorie(5, van, tot, "gemeente", "GM1730", Ct);
        var regio = await scenario.AgendaAls(TestGebruiker.Leerplicht("GM1730")).GetDoelHistorie(5, van, tot, cancellationToken: Ct);

        Assert.All(eigen.Metingen, m => Assert.Equal((Cijfer.Shown(1m), (DoelStatus?)DoelStatus.AandachtNodig), (m.Waarde, m.Status)));
        foreach (var anders in new[] { andereGemeente, wethouder, regio })
            Assert.All(anders.Metingen, m => Assert.Equal((Cijfer.Withheld(Onderdrukking.SmallNumber), (DoelStatus?)null), (m.Waarde, m.Status)));
    }

    [Fact]
    public async Task HistorieDefaultsToTheLastTwelveMonthEndsUpToToday()
    {
        await using var scenario = await AgendaApiScenario.StartAsync(servers, feed: false);

        var historie = await scenario.Agenda.GetDoelHistorie(5, cancellationToken: Ct);

        Assert.Equal(historie.Tot.AddMonths(-12), historie.Van);
        Assert.Equal(12, historie.Metingen.Count);
        Assert.All(historie.Metingen, m => Assert.InRange(m.Datum, historie.Van, historie.Tot));
    }

    [Fact]
    public async Task WijzigingenGivesPerGoalBothValuesTheDifferenceAndTheReportsBetween()
    {
        await using var scenario = await AgendaApiScenario.StartAsync(servers);

        var wijzigingen = await scenario.Agenda.GetOogoWijzigingen(new DateOnly(2025, 12, 15), AgendaApiScenario.Peildatum, Ct);

        Assert.Equal((new DateOnly(2025, 12, 15), AgendaApiScenario.Peildatum), (wijzigingen.Van, wijzigingen.Tot));
        var doelen = wijzigingen.Doelen.ToDictionary(d => d.Nummer);
        // The region went from 0 to 1: the 1, its status and the difference (which would give it back) are withheld.
        Assert.Equal((Cijfer.Shown(0m), Cijfer.Withheld(Onderdrukking.SmallNumber), Cijfer.Withheld(Onderdrukking.RevealsCount), DoelStatus.OpKoers, (DoelStatus?)null),
            (doelen[5].WaardeVan, doelen[5].WaardeTot, doelen[5].Verschil, doelen[5].StatusVan, doelen[5].StatusTot));
        Assert.Empty(doelen[5].Rapporten); // dated 1 and 2 December: before van
        Assert.Equal((Cijfer.Shown(1.2m), Cijfer.Shown(1.2m), Cijfer.Shown(0.0m)), (doelen[6].WaardeVan, doelen[6].WaardeTot, doelen[6].Verschil));
        Assert.Equal((null, DoelStatus.OpKoers), (doelen[1].RapportStatusVan, doelen[1].RapportStatusTot));
        Assert.Equal([scenario.Doel1OpKoers.EventId, scenario.Doel1Ingetrokken.EventId], doelen[1].Rapporten.Select(r => r.EventId));
        Assert.True(doelen[1].Rapporten[1].Ingetrokken);
    }

    [Fact]
    public async Task WijzigingenDefaultsToTheLastTwoOogoMeetingsUpToToday()
    {
        await using var scenario = await AgendaApiScenario.StartAsync(servers, feed: false);

        var overleggen = await scenario.Agenda.GetOogoOverleggen(Ct);
        var wijzigingen = await scenario.Agenda.GetOogoWijzigingen(cancellationToken: Ct);

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).DateTime);
        var laatsteTwee = overleggen.Select(o => o.Datum).Where(d => d <= today).Order().TakeLast(2).ToList();
        Assert.Equal((laatsteTwee[0], laatsteTwee[1]), (wijzigingen.Van, wijzigingen.Tot));
        Assert.Equal(6, wijzigingen.Doelen.Count);
        Assert.Equal(7, overleggen.Count);
        Assert.Equal(new OogoOverleg(new DateOnly(2024, 4, 11), "OOGO voorjaar 2024 (voorbeelddatum)"), overleggen[0]);
    }
}

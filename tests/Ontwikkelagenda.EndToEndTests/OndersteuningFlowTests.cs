using Agenda.Api.Client;
using Refit;
using Ontwikkelagenda.Contracts.Kpis;
using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.EndToEndTests;

/// <summary>A school reports a trajectory, and an OOGO partner reports on a goal, through Ondersteuning.Api.</summary>
[Collection(SystemCollection.Name)]
public sealed class OndersteuningFlowTests(SystemFixture system)
{
    // OBS De Octopus (Paterswolde, Tynaarlo): the sample has no trajectories there and no other test uses it.
    private const string School = "94JN";
    private const int Doel = 1;

    private HttpClient Inkoop => system.Als("inkoop-api", SysteemToegang.Subregio);

    // The school's SWV (PO2201): its staff report the trajectory, its OOGO partner the progress.
    private HttpClient Ondersteuning => system.Als("ondersteuning-api", SysteemToegang.Van("PO2201"));

    private IAgendaApi Agenda => system.AgendaLezer;

    /// <summary>The school's SWV reads its schools exactly.</summary>
    private IAgendaApi Swv => system.AgendaAls("PO2201");

    [Fact]
    public async Task ATrajectoryCountsItsProviderAndLightShareAtTheSchoolUntilItEnds()
    {
        var vandaag = Meldingen.Today;
        var before = (await Swv.GetSchool(School, vandaag, TestContext.Current.CancellationToken)).Cijfers;
        Assert.Equal(Cijfer.Shown(0), before.Trajecten.Actief);
        var naam = $"Schoolmaatschappelijk werk E2E {Guid.NewGuid().ToString("N")[..8]} (test)";
        var aanbiederId = (await Intake.Accepted(Inkoop, "/v1/aanbieders", new { meldingId = Guid.NewGuid(), naam }))
            .GetProperty("aanbiederId").GetGuid();

        // Started yesterday and ended today, so it is active today only for this test and on 2026-11-25 never
        // counts for the sample's figures (VoorbeelddataTests).
        var trajectId = (await Intake.Accepted(Ondersteuning, "/v1/trajecten", new
        {
            meldingId = Guid.NewGuid(),
            brin = School,
            aanbiederId,
            aanbiederNaam = naam,
            zwaarte = "licht",
            kader = "wmo",
            startdatum = vandaag.AddDays(-1),
        })).GetProperty("trajectId").GetGuid();

        var school = (await Eventually.Read(ct => Swv.GetSchool(School, vandaag, ct), s => s.Cijfers.Trajecten.Actief == Cijfer.Shown(1))).Cijfers;
        Assert.Equal(new BeschermdeTrajecten(Cijfer.Shown(1), Cijfer.Shown(1), Cijfer.Shown(0), Cijfer.Shown(100.0m)), school.Trajecten);
        Assert.Equal(1, school.Inkoop.AanbiedersBijSchool);
        // Anyone without case rights for the school sees the one trajectory withheld.
        Assert.Equal(Cijfer.Withheld(Onderdrukking.SmallNumber), (await Agenda.GetSchool(School, vandaag, TestContext.Current.CancellationToken)).Cijfers.Trajecten.Licht);
        var vergelijking = await Agenda.GetInkoopVergelijking(vandaag, TestContext.Current.CancellationToken);
        var perSchool = Assert.Single(vergelijking.PerSchool, s => s.Brin == School);
        Assert.Equal(1, perSchool.Aantal);
        Assert.Equal([aanbiederId], perSchool.Aanbieders.Select(a => a.AanbiederId));
        Assert.False(perSchool.BovenNorm);

        await Intake.Accepted(Ondersteuning, $"/v1/trajecten/{trajectId}/beeindiging", new { meldingId = Guid.NewGuid(), einddatum = vandaag });

        var after = (await Eventually.Read(ct => Swv.GetSchool(School, vandaag, ct), s => s.Cijfers.Trajecten.Actief == Cijfer.Shown(0))).Cijfers;
        Assert.Equal(Cijfer.Shown(0), after.Trajecten.Actief);
        Assert.Equal(Cijfer.Shown(null), after.Trajecten.AandeelLicht);
        Assert.Equal(0, after.Inkoop.AanbiedersBijSchool ?? 0);
    }

    [Fact]
    public async Task AGoalReportAndItsCorrectionShowInTheGoalsHistoryAndBetweenTheOogosAroundIt()
    {
        var ct = TestContext.Current.CancellationToken;
        var vandaag = Meldingen.Today;
        // The last two OOGO meetings up to today; the report is dated between them. It is not the goal's latest
        // report, so the goal's status today stays as the sample has it.
        var overleggen = (await Agenda.GetOogoOverleggen(ct)).Where(o => o.Datum <= vandaag).OrderBy(o => o.Datum).TakeLast(2).ToList();
        Assert.Equal(2, overleggen.Count);
        var (van, tot) = (overleggen[0].Datum, overleggen[1].Datum);
        var datum = van.AddDays((tot.DayNumber - van.DayNumber) / 2);
        var toelichting = $"Werkgroep afstemming ondersteuningsplan en jeugdbeleid (end-to-end test {Guid.NewGuid().ToString("N")[..8]}).";
        var meldingId = Guid.NewGuid();
        object Rapport(Guid id, string status, string tekst, Guid? gecorrigeerd = null) => gecorrigeerd is null
            ? new { meldingId = id, doel = Doel, status, toelichting = tekst, datum, naamRapporteur = "Test Rapporteur (fictief)", rolRapporteur = "beleidsmedewerker" }
            : new { meldingId = id, gecorrigeerdeMeldingId = gecorrigeerd, doel = Doel, status, toelichting = tekst, datum, naamRapporteur = "Test Rapporteur (fictief)", rolRapporteur = "beleidsmedewerker" };

        var rapportId = (await Intake.Accepted(Ondersteuning, "/v1/voortgangsrapportages", Rapport(meldingId, "aandacht-nodig", toelichting)))
            .GetProperty("rapportId").GetGuid();

        var historie = await Eventually.Read(c => Agenda.GetDoelHistorie(Doel, van, tot, cancellationToken: c), h => h.Rapporten.Any(r => r.RapportId == rapportId));
        var gemeld = Assert.Single(historie.Rapporten, r => r.RapportId == rapportId);
        Assert.Equal((DoelStatus.AandachtNodig, toelichting, datum, "SWV PO 22.01", "Test Rapporteur (fictief)", "beleidsmedewerker"),
            (gemeld.Status, gemeld.Toelichting, gemeld.Datum, gemeld.Organisatie, gemeld.NaamRapporteur, gemeld.RolRapporteur));
        Assert.Null(gemeld.GecorrigeerdDoor);
        Assert.False(gemeld.Ingetrokken);
        Assert.Contains(Wijziging(await Agenda.GetOogoWijzigingen(van, tot, ct)).Rapporten, r => r.RapportId == rapportId);
        Assert.DoesNotContain(Wijziging(await Agenda.GetOogoWijzigingen(tot, vandaag, ct)).Rapporten, r => r.RapportId == rapportId);

        var gecorrigeerdeToelichting = toelichting + " Gecorrigeerd: de werkgroep ligt achter op schema.";
        await Intake.Accepted(Ondersteuning, $"/v1/voortgangsrapportages/{rapportId}/correcties",
            Rapport(Guid.NewGuid(), "achter", gecorrigeerdeToelichting, meldingId));

        historie = await Eventually.Read(c => Agenda.GetDoelHistorie(Doel, van, tot, cancellationToken: c), h => h.Rapporten.Count(r => r.RapportId == rapportId) == 2);
        AssertCorrected(historie.Rapporten);
        AssertCorrected(Wijziging(await Agenda.GetOogoWijzigingen(van, tot, ct)).Rapporten);

        void AssertCorrected(IReadOnlyList<Voortgangsrapport> rapporten)
        {
            var mine = rapporten.Where(r => r.RapportId == rapportId).ToList();
            Assert.Equal(2, mine.Count);
            var origineel = Assert.Single(mine, r => r.Toelichting == toelichting);
            var correctie = Assert.Single(mine, r => r.Toelichting == gecorrigeerdeToelichting);
            Assert.Equal(correctie.EventId, origineel.GecorrigeerdDoor);
            Assert.Equal(DoelStatus.AandachtNodig, origineel.Status);
            Assert.Null(correctie.GecorrigeerdDoor);
            Assert.Equal(DoelStatus.Achter, correctie.Status);
            Assert.False(correctie.Ingetrokken);
        }
    }

    private static DoelWijziging Wijziging(OogoWijzigingen wijzigingen) => Assert.Single(wijzigingen.Doelen, d => d.Nummer == Doel);
}

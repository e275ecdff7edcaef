using Agenda.Api.Client;
using Ontwikkelagenda.Contracts.Kpis;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.TestSupport;

namespace Ontwikkelagenda.IntegrationTests;

/// <summary>
/// Every KPI family in the regional overview and on the detail pages of a municipality, an SWV and a school,
/// against the hand-counted <see cref="AgendaApiScenario"/> (denominators from data/referentiedata.json 2025-2026:
/// Tynaarlo 5,270 young people, the region 22,970; 57CY 175 pupils; 18 primary schools with 3,052 pupils in Tynaarlo,
/// 84 with 12,500 in the region).
/// </summary>
public sealed class AgendaApiKpiTests(ServersFixture servers)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RegioOverzichtGivesEveryKpiFamilyPerMunicipalitySwvAndRegion()
    {
        await using var scenario = await AgendaApiScenario.StartAsync(servers);

        // Exact counts are for the caller with case rights only: each municipality read by its own leerplichtambtenaar,
        // the SWV by its staff; the region's counts are protected for everyone, so its exact count is the municipalities' sum.
        var gemeenten = await scenario.GemeentenExact(AgendaApiScenario.Peildatum, Ct);
        var alsSwv = await scenario.AgendaAls(TestGebruiker.Swv("PO2201")).GetRegioOverzicht(AgendaApiScenario.Peildatum, Ct);
        var overzicht = await scenario.Agenda.GetRegioOverzicht(AgendaApiScenario.Peildatum, Ct);
        var tynaarlo = gemeenten["GM1730"];
        var assen = gemeenten["GM0106"];
        var po = alsSwv.Samenwerkingsverbanden.Single(s => s.Code == "PO2201").Cijfers;
        var regio = overzicht.Regio;
        int Regio(Func<BeschermdeDetail, Cijfer> cijfer) => GemeentenAlsLeerplicht.Regio(gemeenten, cijfer);

        // Thuiszitters: two open, one absoluut past three months (15 October + 3 months = 15 January); none opened in the
        // last four weeks, so the other (10 January) is between four weeks and three months.
        Assert.Equal(new BeschermdeThuiszitterCijfers(Cijfer.Shown(2), Cijfer.Shown(1), Cijfer.Shown(0.4m), Cijfer.Shown(null), ThuiszitterStatus.Achter),
            tynaarlo.Thuiszitters.Totaal);
        Assert.Equal(new BeschermdeThuiszitterCijfers(Cijfer.Shown(1), Cijfer.Shown(1), Cijfer.Shown(0.2m), Cijfer.Shown(null), ThuiszitterStatus.Achter),
            tynaarlo.Thuiszitters.Absoluut);
        Assert.Equal(new BeschermdeThuiszitterCijfers(Cijfer.Shown(1), Cijfer.Shown(0), Cijfer.Shown(0.2m), Cijfer.Shown(null), ThuiszitterStatus.OpKoers),
            tynaarlo.Thuiszitters.LangdurigRelatief);
        Assert.Equal((Cijfer.Shown(0), Cijfer.Shown(1), Cijfer.Shown(null)),
            (tynaarlo.Thuiszitters.KorterDanVierWeken, tynaarlo.Thuiszitters.VierWekenTotDrieMaanden, tynaarlo.Thuiszitters.AfgeslotenMetVrijstelling));
        Assert.Equal(new BeschermdeJaartelling("2025-2026", Cijfer.Shown(2), Cijfer.Shown(1), Cijfer.Shown(1), Cijfer.Shown(0.4m), Cijfer.Shown(0.2m), Cijfer.Shown(0.2m)),
            tynaarlo.Jaartelling);
        Assert.Equal((2, 1, 1), (Regio(g => g.Jaartelling.Totaal), Regio(g => g.Jaartelling.Absoluut), Regio(g => g.Jaartelling.LangdurigRelatief)));
        // The region's count of 2 is withheld for a wethouder, and its rate with it (the denominator is public).
        Assert.Equal(("2025-2026", false, Cijfer.Withheld(Onderdrukking.RevealsCount)),
            (regio.Jaartelling.Schooljaar, regio.Jaartelling.Totaal.IsShown, regio.Jaartelling.TotaalPerDuizend));
        Assert.Equal(Cijfer.Shown(1), po.Thuiszitters.Totaal.Open); // only the langdurig case has a school

        // Inkoop (providers and schools, not children: the same for every caller): X (subregion) and Y for Tynaarlo, X
        // alone for Assen; 57CY has 7 providers, above the norm of 6.
        Assert.Equal(new InkoopCijfers(2, null, 6, 2, 1, 7), tynaarlo.Inkoop);
        Assert.Equal(new InkoopCijfers(2, null, 6, 2, 1, 7), overzicht.Gemeenten.Single(g => g.Code == "GM1730").Cijfers.Inkoop);
        Assert.Equal(new InkoopCijfers(1, null, 6, 0, 0, 0), assen.Inkoop); // schools, none with trajectories
        Assert.Equal(2, regio.Inkoop.AanbiedersOnderContract);
        Assert.Equal(1, regio.Inkoop.ScholenBovenNorm);

        // EED: 57CY covered: 1 of 18 primary schools (5.6%), 175 of 3,052 pupils (5.7%); medians of 14, 21, 42 days.
        Assert.Equal(new BeschermdeEed(18, 1, 5.6m, 5.7m, Cijfer.Shown(4), Cijfer.Shown(3), Cijfer.Shown(1), Cijfer.Shown(21m)), tynaarlo.Eed);
        Assert.Equal((4, 3, 1), (Regio(g => g.Eed.Verwijzingen), Regio(g => g.Eed.Gestart), Regio(g => g.Eed.Wachtend)));
        // Coverage counts schools: shown at the region as it is; the region's 3 started are withheld, and the median with them.
        Assert.Equal((84, 1, 1.2m, 1.4m), (regio.Eed.PrimaireScholen, regio.Eed.GedekteScholen, regio.Eed.Dekking, regio.Eed.DekkingNaarLeerlingen));
        Assert.Equal((false, Cijfer.Withheld(Onderdrukking.SmallBase)), (regio.Eed.Gestart.IsShown, regio.Eed.MediaanDagenTotStart));
        Assert.Equal(0, assen.Eed.GedekteScholen);
        Assert.Equal(0.0m, assen.Eed.Dekking);

        // Regie: two complex cases plus the two unlinked thuiszitter cases; one has a casusregisseur; past twelve
        // weeks: the casus from 1 November and the thuiszitter from 15 October.
        Assert.Equal(new BeschermdeRegie(Cijfer.Shown(4), Cijfer.Shown(1), Cijfer.Shown(25.0m), Cijfer.Shown(2)), tynaarlo.Regie);
        Assert.Equal(new BeschermdeRegie(Cijfer.Shown(0), Cijfer.Shown(0), Cijfer.Shown(null), Cijfer.Shown(0)), assen.Regie);
        Assert.Equal((4, 1, 2), (Regio(g => g.Regie.OpenCasussen), Regio(g => g.Regie.MetCasusregisseur), Regio(g => g.Regie.LangerDanTwaalfWeken)));

        // Trajecten: 8 active, 5 light (all in Tynaarlo, all at schools of SWV PO).
        Assert.Equal(new BeschermdeTrajecten(Cijfer.Shown(8), Cijfer.Shown(5), Cijfer.Shown(3), Cijfer.Shown(62.5m)), tynaarlo.Trajecten);
        Assert.Equal((8, 5, 3), (Regio(g => g.Trajecten.Actief), Regio(g => g.Trajecten.Licht), Regio(g => g.Trajecten.Zwaar)));
        Assert.Equal(new BeschermdeTrajecten(Cijfer.Shown(8), Cijfer.Shown(5), Cijfer.Shown(3), Cijfer.Shown(62.5m)), po.Trajecten);
        Assert.Equal(new BeschermdeTrajecten(Cijfer.Shown(0), Cijfer.Shown(0), Cijfer.Shown(0), Cijfer.Shown(null)), assen.Trajecten);

        // Goals at the region: KPI status and report status side by side. A KPI about schools is shown as it is; one
        // that is a count of children, or a share of 1 to 4 of them, is withheld with its status at the region for
        // everyone, and read exactly at Tynaarlo (where every case is) by its leerplichtambtenaar.
        var doelen = regio.Doelen.ToDictionary(d => d.Nummer);
        var tynaarloDoelen = tynaarlo.Doelen.ToDictionary(d => d.Nummer);
        Assert.Equal([1, 2, 3, 4, 5, 6], doelen.Keys.Order());
        Assert.Equal(new BeschermdeDoelStand(1, doelen[1].Titel, null, Cijfer.Shown(null), null, null, DoelStatus.OpKoers, new DateOnly(2026, 1, 20)), doelen[1]);
        Assert.Equal((Cijfer.Shown(1m), DoelStatus.AandachtNodig), (doelen[3].KpiWaarde, doelen[3].KpiStatus));
        Assert.Equal((Cijfer.Shown(1.2m), DoelStatus.Achter), (doelen[6].KpiWaarde, doelen[6].KpiStatus));
        Assert.All([doelen[2], doelen[4], doelen[5]], d => Assert.Equal((false, (DoelStatus?)null), (d.KpiWaarde.IsShown, d.KpiStatus)));
        Assert.Equal((DoelStatus.AandachtNodig, new DateOnly(2025, 12, 2)), (doelen[5].RapportStatus, doelen[5].RapportDatum));
        Assert.Equal((Cijfer.Shown(62.5m), DoelStatus.OpKoers), (tynaarloDoelen[2].KpiWaarde, tynaarloDoelen[2].KpiStatus));
        Assert.Equal((Cijfer.Shown(25.0m), DoelStatus.Achter), (tynaarloDoelen[4].KpiWaarde, tynaarloDoelen[4].KpiStatus));
        Assert.Equal((Cijfer.Shown(1m), DoelStatus.AandachtNodig, DoelStatus.AandachtNodig, new DateOnly(2025, 12, 2)),
            (tynaarloDoelen[5].KpiWaarde, tynaarloDoelen[5].KpiStatus, tynaarloDoelen[5].RapportStatus, tynaarloDoelen[5].RapportDatum));
        Assert.Equal("thuiszitters.langerDanDrieMaanden", doelen[5].Kpi);
        Assert.Equal(0m, doelen[5].Streefwaarde);
        Assert.Equal(6, tynaarlo.Doelen.Count);
    }

    [Fact]
    public async Task DetailsOfMunicipalitySwvAndSchoolCarryTheSameKpisAsTheOverview()
    {
        await using var scenario = await AgendaApiScenario.StartAsync(servers);

        // Each read by a caller with case rights for it, detail and overview alike: exact.
        var alsLeerplicht = scenario.AgendaAls(TestGebruiker.Leerplicht("GM1730"));
        var alsSwv = scenario.AgendaAls(TestGebruiker.Swv("PO2201"));
        var gemeente = await alsLeerplicht.GetGemeente("GM1730", AgendaApiScenario.Peildatum, Ct);
        var swv = await alsSwv.GetSamenwerkingsverband("PO2201", AgendaApiScenario.Peildatum, Ct);
        var school = await scenario.AgendaAls(TestGebruiker.School(AgendaApiScenario.Kristal.Value)).GetSchool(AgendaApiScenario.Kristal.Value, AgendaApiScenario.Peildatum, Ct);
        var tynaarlo = (await alsLeerplicht.GetRegioOverzicht(AgendaApiScenario.Peildatum, Ct)).Gemeenten.Single(g => g.Code == "GM1730").Cijfers;
        var po = (await alsSwv.GetRegioOverzicht(AgendaApiScenario.Peildatum, Ct)).Samenwerkingsverbanden.Single(s => s.Code == "PO2201").Cijfers;

        Assert.Equal((5270, "2025-2026", AgendaApiScenario.Peildatum), (gemeente.Jongeren5Tot18, gemeente.Schooljaar, gemeente.Cijfers.Peildatum));
        Assert.Equal(Cijfer.Shown(2), gemeente.Cijfers.Thuiszitters.Totaal.Open);
        Assert.Equal(tynaarlo.Thuiszitters, gemeente.Cijfers.Thuiszitters);
        Assert.Equal(tynaarlo.Jaartelling, gemeente.Cijfers.Jaartelling);
        Assert.Equal(tynaarlo.Inkoop, gemeente.Cijfers.Inkoop);
        Assert.Equal(tynaarlo.Eed, gemeente.Cijfers.Eed);
        Assert.Equal(tynaarlo.Regie, gemeente.Cijfers.Regie);
        Assert.Equal(tynaarlo.Trajecten, gemeente.Cijfers.Trajecten);
        Assert.Equal(tynaarlo.Doelen, gemeente.Cijfers.Doelen);

        Assert.Equal(("SWV PO 22.01", "PO"), (swv.Naam, swv.Sector));
        Assert.Equal(new InkoopCijfers(null, null, 6, 2, 1, 7), swv.Cijfers.Inkoop);
        Assert.Equal(Cijfer.Shown(8), swv.Cijfers.Trajecten.Actief);
        Assert.Equal(po.Trajecten, swv.Cijfers.Trajecten);
        Assert.Equal(po.Thuiszitters, swv.Cijfers.Thuiszitters);

        // The school: 7 providers, 5 of 7 light (71.4%), one langdurig case on 175 pupils (5.7 per 1,000).
        Assert.Equal(("BAO", "GM1730", "PO2201", 175), (school.Soort, school.Gemeente, school.Samenwerkingsverband, school.Leerlingen));
        Assert.Equal(new InkoopCijfers(null, 7, 6, 1, 1, 7), school.Cijfers.Inkoop);
        Assert.Equal(new BeschermdeTrajecten(Cijfer.Shown(7), Cijfer.Shown(5), Cijfer.Shown(2), Cijfer.Shown(71.4m)), school.Cijfers.Trajecten);
        Assert.Equal((Cijfer.Shown(1), Cijfer.Shown(0), Cijfer.Shown(5.7m)),
            (school.Cijfers.Thuiszitters.Totaal.Open, school.Cijfers.Thuiszitters.Totaal.LangerDanDrieMaanden, school.Cijfers.Thuiszitters.Totaal.PerDuizend));
        Assert.Equal((Cijfer.Shown(4), Cijfer.Shown(3), Cijfer.Shown(1), Cijfer.Shown(21m)),
            (school.Cijfers.Eed.Verwijzingen, school.Cijfers.Eed.Gestart, school.Cijfers.Eed.Wachtend, school.Cijfers.Eed.MediaanDagenTotStart));
        Assert.Equal((Cijfer.Shown(2), Cijfer.Shown(1), Cijfer.Shown(50.0m)),
            (school.Cijfers.Regie.OpenCasussen, school.Cijfers.Regie.MetCasusregisseur, school.Cijfers.Regie.AandeelMetCasusregisseur));
    }

    [Fact]
    public async Task DetailsAreProtectedForEveryoneWithoutCaseRightsForThePlace()
    {
        await using var scenario = await AgendaApiScenario.StartAsync(servers);
        var brin = AgendaApiScenario.Kristal.Value;

        var alsWethouder = await scenario.AgendaAls(TestGebruiker.Wethouder("GM1730")).GetSchool(brin, AgendaApiScenario.Peildatum, Ct);
        var alsAndereSchool = await scenario.AgendaAls(TestGebruiker.School("25LL")).GetSchool(brin, AgendaApiScenario.Peildatum, Ct);
        var alsSwv = await scenario.AgendaAls(TestGebruiker.Swv("PO2201")).GetSchool(brin, AgendaApiScenario.Peildatum, Ct);
        var gemeenteAlsAnderLpa = await scenario.AgendaAls(TestGebruiker.Leerplicht("GM0106")).GetGemeente("GM1730", AgendaApiScenario.Peildatum, Ct);

        foreach (var school in new[] { alsWethouder, alsAndereSchool })
        {
            // One case, 4 referrals, 2 complex cases: all 1 to 4; the share and median go with them; providers stay.
            Assert.Equal(Cijfer.Withheld(Onderdrukking.SmallNumber), school.Cijfers.Thuiszitters.LangdurigRelatief.Open);
            Assert.Equal(Cijfer.Withheld(Onderdrukking.SmallNumber), school.Cijfers.Thuiszitters.Totaal.Open); // the 1 itself
            Assert.Equal(Cijfer.Withheld(Onderdrukking.RevealsCount), school.Cijfers.Thuiszitters.Totaal.PerDuizend);
            Assert.Equal((Cijfer.Withheld(Onderdrukking.SmallNumber), Cijfer.Withheld(Onderdrukking.SmallNumber), Cijfer.Withheld(Onderdrukking.SmallBase)),
                (school.Cijfers.Eed.Gestart, school.Cijfers.Eed.Verwijzingen, school.Cijfers.Eed.MediaanDagenTotStart)); // the 4 referrals themselves
            Assert.False(school.Cijfers.Regie.AandeelMetCasusregisseur.IsShown);
            Assert.Equal(new InkoopCijfers(null, 7, 6, 1, 1, 7), school.Cijfers.Inkoop);
        }
        Assert.Equal(Cijfer.Shown(1), alsSwv.Cijfers.Thuiszitters.Totaal.Open);
        // Tynaarlo's one case past three months, for Assen's leerplichtambtenaar: withheld, with goal 5's value and status.
        Assert.False(gemeenteAlsAnderLpa.Cijfers.Thuiszitters.Totaal.LangerDanDrieMaanden.IsShown);
        var doel5 = gemeenteAlsAnderLpa.Cijfers.Doelen.Single(d => d.Nummer == 5);
        Assert.Equal((false, (DoelStatus?)null), (doel5.KpiWaarde.IsShown, doel5.KpiStatus));
    }

    [Fact]
    public async Task APeildatumBeforeEveryEventGivesEmptyFigures()
    {
        await using var scenario = await AgendaApiScenario.StartAsync(servers);

        // Zero is no small number: the same for every caller.
        var gemeente = (await scenario.Agenda.GetGemeente("GM1730", new DateOnly(2025, 7, 31), Ct)).Cijfers;

        Assert.Equal((Cijfer.Shown(0), Cijfer.Shown(0), Cijfer.Shown(0.0m), Cijfer.Shown(null)),
            (gemeente.Thuiszitters.Totaal.Open, gemeente.Thuiszitters.Totaal.LangerDanDrieMaanden, gemeente.Thuiszitters.Totaal.PerDuizend, gemeente.Thuiszitters.Totaal.BinnenDrieMaandenOpgelost));
        Assert.Equal(0, gemeente.Inkoop.AanbiedersOnderContract);
        Assert.Equal(new BeschermdeTrajecten(Cijfer.Shown(0), Cijfer.Shown(0), Cijfer.Shown(0), Cijfer.Shown(null)), gemeente.Trajecten);
        Assert.Equal((0, Cijfer.Shown(0), 0.0m), (gemeente.Eed.GedekteScholen, gemeente.Eed.Verwijzingen, gemeente.Eed.Dekking));
        Assert.Equal("2024-2025", gemeente.Jaartelling.Schooljaar);
    }
}

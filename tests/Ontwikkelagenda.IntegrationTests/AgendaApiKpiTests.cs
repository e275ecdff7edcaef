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

        var overzicht = await scenario.Agenda.GetRegioOverzicht(AgendaApiScenario.Peildatum, Ct);
        var tynaarlo = overzicht.Gemeenten.Single(g => g.Code == "GM1730");
        var assen = overzicht.Gemeenten.Single(g => g.Code == "GM0106");
        var po = overzicht.Samenwerkingsverbanden.Single(s => s.Code == "PO2201");
        var regio = overzicht.Regio;

        // Thuiszitters: two open, one absoluut past three months (15 October + 3 months = 15 January).
        Assert.Equal(new ThuiszitterCijfers(2, 1, 0.4m, null, 0, null), tynaarlo.Thuiszitters);
        Assert.Equal(new ThuiszitterCijfers(1, 1, 0.2m, null, 0, null), tynaarlo.Absoluut);
        Assert.Equal(new ThuiszitterCijfers(1, 0, 0.2m, null, 0, null), tynaarlo.LangdurigRelatief);
        Assert.Equal(new JaartellingCijfers("2025-2026", 2, 1, 1, 0.4m, 0.2m, 0.2m), tynaarlo.Jaartelling);
        Assert.Equal(new JaartellingCijfers("2025-2026", 2, 1, 1, 0.1m, 0.0m, 0.0m), regio.Jaartelling); // 2,000 / 22,970 = 0.087
        Assert.Equal(1, po.Thuiszitters.Open); // only the langdurig case has a school

        // Inkoop: X (subregion) and Y for Tynaarlo, X alone for Assen; 57CY has 7 providers, above the norm of 6.
        Assert.Equal(new InkoopCijfers(2, null, 6, 2, 1, 7), tynaarlo.Inkoop);
        Assert.Equal(new InkoopCijfers(1, null, 6, 0, 0, 0), assen.Inkoop); // schools, none with trajectories
        Assert.Equal(2, regio.Inkoop.AanbiedersOnderContract);
        Assert.Equal(1, regio.Inkoop.ScholenBovenNorm);

        // EED: 57CY covered: 1 of 18 primary schools (5.6%), 175 of 3,052 pupils (5.7%); medians of 14, 21, 42 days.
        Assert.Equal(new EedCijfers(18, 1, 5.6m, 5.7m, 4, 3, 1, 21m), tynaarlo.Eed);
        Assert.Equal(new EedCijfers(84, 1, 1.2m, 1.4m, 4, 3, 1, 21m), regio.Eed);
        Assert.Equal(0, assen.Eed.GedekteScholen);
        Assert.Equal(0.0m, assen.Eed.Dekking);

        // Regie: two complex cases plus the two unlinked thuiszitter cases; one has a casusregisseur; past twelve
        // weeks: the casus from 1 November and the thuiszitter from 15 October.
        Assert.Equal(new RegieCijfers(4, 1, 25.0m, 2), tynaarlo.Regie);
        Assert.Equal(new RegieCijfers(0, 0, null, 0), assen.Regie);

        // Trajecten: 8 active, 5 light.
        Assert.Equal(new TrajectCijfers(8, 5, 3, 62.5m), regio.Trajecten);
        Assert.Equal(new TrajectCijfers(8, 5, 3, 62.5m), po.Trajecten);
        Assert.Equal(new TrajectCijfers(0, 0, 0, null), assen.Trajecten);

        // Goals at the region: KPI status and report status side by side.
        var doelen = regio.Doelen.ToDictionary(d => d.Nummer);
        Assert.Equal([1, 2, 3, 4, 5, 6], doelen.Keys.Order());
        Assert.Equal(new DoelStand(1, doelen[1].Titel, null, null, null, null, DoelStatus.OpKoers, new DateOnly(2026, 1, 20)), doelen[1]);
        Assert.Equal((62.5m, DoelStatus.OpKoers), (doelen[2].KpiWaarde, doelen[2].KpiStatus));
        Assert.Equal((1m, DoelStatus.AandachtNodig), (doelen[3].KpiWaarde, doelen[3].KpiStatus));
        Assert.Equal((25.0m, DoelStatus.Achter), (doelen[4].KpiWaarde, doelen[4].KpiStatus));
        Assert.Equal((1m, DoelStatus.AandachtNodig, DoelStatus.AandachtNodig, new DateOnly(2025, 12, 2)),
            (doelen[5].KpiWaarde, doelen[5].KpiStatus, doelen[5].RapportStatus, doelen[5].RapportDatum));
        Assert.Equal((1.2m, DoelStatus.Achter), (doelen[6].KpiWaarde, doelen[6].KpiStatus));
        Assert.Equal("thuiszitters.langerDanDrieMaanden", doelen[5].Kpi);
        Assert.Equal(0m, doelen[5].Streefwaarde);
        Assert.Equal(6, tynaarlo.Doelen.Count);
    }

    [Fact]
    public async Task DetailsOfMunicipalitySwvAndSchoolCarryTheSameKpisAsTheOverview()
    {
        await using var scenario = await AgendaApiScenario.StartAsync(servers);

        // Each read by a caller with case rights for it: exact.
        var gemeente = await scenario.AgendaAls(TestGebruiker.Leerplicht("GM1730")).GetGemeente("GM1730", AgendaApiScenario.Peildatum, Ct);
        var swv = await scenario.AgendaAls(TestGebruiker.Swv("PO2201")).GetSamenwerkingsverband("PO2201", AgendaApiScenario.Peildatum, Ct);
        var school = await scenario.AgendaAls(TestGebruiker.School(AgendaApiScenario.Kristal.Value)).GetSchool(AgendaApiScenario.Kristal.Value, AgendaApiScenario.Peildatum, Ct);
        var overzicht = await scenario.Agenda.GetRegioOverzicht(AgendaApiScenario.Peildatum, Ct);

        var tynaarlo = overzicht.Gemeenten.Single(g => g.Code == "GM1730");
        Assert.Equal((5270, "2025-2026", AgendaApiScenario.Peildatum), (gemeente.Jongeren5Tot18, gemeente.Schooljaar, gemeente.Cijfers.Peildatum));
        var totaal = gemeente.Cijfers.Thuiszitters.Totaal;
        Assert.Equal((Cijfer.Shown(tynaarlo.Thuiszitters.Open), Cijfer.Shown(tynaarlo.Thuiszitters.LangerDanDrieMaanden), Cijfer.Shown(tynaarlo.Thuiszitters.PerDuizend)),
            (totaal.Open, totaal.LangerDanDrieMaanden, totaal.PerDuizend));
        Assert.Equal((Cijfer.Shown(tynaarlo.Eed.Verwijzingen), tynaarlo.Eed.Dekking), (gemeente.Cijfers.Eed.Verwijzingen, gemeente.Cijfers.Eed.Dekking));
        Assert.Equal((Cijfer.Shown(tynaarlo.Regie.OpenCasussen), Cijfer.Shown(tynaarlo.Regie.AandeelMetCasusregisseur)),
            (gemeente.Cijfers.Regie.OpenCasussen, gemeente.Cijfers.Regie.AandeelMetCasusregisseur));
        Assert.Equal(tynaarlo.Doelen.Select(d => (d.Nummer, Cijfer.Shown(d.KpiWaarde), d.KpiStatus)),
            gemeente.Cijfers.Doelen.Select(d => (d.Nummer, d.KpiWaarde, d.KpiStatus)));

        Assert.Equal(("SWV PO 22.01", "PO"), (swv.Naam, swv.Sector));
        Assert.Equal(new InkoopCijfers(null, null, 6, 2, 1, 7), swv.Cijfers.Inkoop);
        var swvTrajecten = overzicht.Samenwerkingsverbanden.Single(s => s.Code == "PO2201").Trajecten;
        Assert.Equal((Cijfer.Shown(swvTrajecten.Actief), Cijfer.Shown(swvTrajecten.Licht)), (swv.Cijfers.Trajecten.Actief, swv.Cijfers.Trajecten.Licht));

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
            Assert.Equal(Cijfer.Withheld(Onderdrukking.Secondary), school.Cijfers.Thuiszitters.Totaal.Open);
            Assert.Equal(Cijfer.Withheld(Onderdrukking.RevealsCount), school.Cijfers.Thuiszitters.Totaal.PerDuizend);
            Assert.Equal((Cijfer.Withheld(Onderdrukking.SmallNumber), Cijfer.Withheld(Onderdrukking.Secondary), Cijfer.Withheld(Onderdrukking.SmallBase)),
                (school.Cijfers.Eed.Gestart, school.Cijfers.Eed.Verwijzingen, school.Cijfers.Eed.MediaanDagenTotStart));
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

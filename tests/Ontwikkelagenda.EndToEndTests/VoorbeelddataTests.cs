using Agenda.Api.Client;
using Ontwikkelagenda.Contracts.Kpis;
using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.EndToEndTests;

/// <summary>
/// AppHost posts the sample meldingen (data/voorbeeld/meldingen.json) to Inkoop.Api and Ondersteuning.Api at start;
/// their events must come back from Agenda.Api as the figures data/voorbeeld/maak_meldingen.py prints for 2026-11-25.
/// The other tests here date their own contracts and trajectories so that none is active on that day, and their
/// thuiszitter cases are allowed for where they count (open thuiszitter cases are complex cases too).
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class VoorbeelddataTests(SystemFixture system)
{
    private static readonly DateOnly Peildatum = new(2026, 11, 25);
    private const string MiddenDrenthe = "GM1731";
    private static readonly string[] Gemeenten = ["GM0106", "GM1680", "GM1730", "GM1731"];

    private IAgendaApi Agenda => system.AgendaLezer;

    [Fact]
    public async Task ProcurementComparisonShowsTheSampleSchoolsAboveTheNormAndTheContractOverlap()
    {
        var vergelijking = await Eventually.Read(ct => Agenda.GetInkoopVergelijking(Peildatum, ct),
            v => v.ScholenBovenNorm == 3 && v.VoorAlleVier == 8 && v.VoorEen == 5 && v.PerGemeente.All(g => g.Aantal == 10));

        Assert.Equal(6, vergelijking.NormPerSchool);
        // De Aventurijn, De Atlas and SBO De Meander; SBO De Boei has exactly 6, which is not above the norm.
        Assert.Equal(
            new Dictionary<string, int> { ["51GD"] = 9, ["50LC"] = 8, ["31NK"] = 7 },
            vergelijking.PerSchool.Where(s => s.BovenNorm).ToDictionary(s => s.Brin, s => s.Aantal));
        var boei = Assert.Single(vergelijking.PerSchool, s => s.Brin == "65WY");
        Assert.Equal(6, boei.Aantal);
        Assert.False(boei.BovenNorm);
        Assert.Equal(3, vergelijking.ScholenBovenNorm);

        // 8 subregion contracts, each municipality's own Wmo provider and one EED provider.
        Assert.Equal(Gemeenten, vergelijking.PerGemeente.Select(g => g.Gemeente).Order());
        Assert.All(vergelijking.PerGemeente, g => Assert.Equal(10, g.Aantal));
        Assert.Equal(8, vergelijking.VoorAlleVier);
        Assert.Equal(5, vergelijking.VoorEen);
        var accare = Assert.Single(vergelijking.Overlap, a => a.Naam == "Accare");
        Assert.True(accare.VoorAlleVier);
        Assert.Equal(Gemeenten, accare.Gemeenten.Order());
        // Taalkracht's Midden-Drenthe contract ended on 2026-08-01; only Aa en Hunze's is left.
        var taalkracht = Assert.Single(vergelijking.Overlap, a => a.Naam == "Dyslexiezorg Taalkracht Noord (voorbeeld)");
        Assert.Equal(["GM1680"], taalkracht.Gemeenten);
        Assert.True(taalkracht.VoorEen);
        // Leestalent serves Assen, Tynaarlo and (since 2026-08-01) Midden-Drenthe: neither all four nor one.
        var leestalent = Assert.Single(vergelijking.Overlap, a => a.Naam == "Dyslexiepraktijk Leestalent (voorbeeld)");
        Assert.Equal(["GM0106", "GM1730", "GM1731"], leestalent.Gemeenten.Order());
        Assert.False(leestalent.VoorAlleVier);
        Assert.False(leestalent.VoorEen);
    }

    [Fact]
    public async Task MiddenDrenthesNewEedContractLeavesThreeOfItsPrimarySchoolsUncovered()
    {
        // Midden-Drenthe's own leerplichtambtenaar reads its referrals exactly (1 to 4 is withheld for anyone else).
        var cijfers = (await Eventually.Read(ct => system.AgendaAls(MiddenDrenthe).GetGemeente(MiddenDrenthe, Peildatum, ct),
            g => g.Cijfers.Eed.Dekking == 84.2m && g.Cijfers.Eed.Verwijzingen == Cijfer.Shown(3) && g.Cijfers.Eed.Gestart == Cijfer.Shown(2))).Cijfers;

        Assert.Equal(19, cijfers.Eed.PrimaireScholen);
        Assert.Equal(16, cijfers.Eed.GedekteScholen);
        Assert.Equal(84.2m, cijfers.Eed.Dekking);
        Assert.Equal(90.7m, cijfers.Eed.DekkingNaarLeerlingen);
        // EED-MD-2026-003 (69 days) and -011 (90 days) started, -015 waits.
        Assert.Equal(3, cijfers.Eed.Verwijzingen.Aantal());
        Assert.Equal(2, cijfers.Eed.Gestart.Aantal());
        Assert.Equal(1, cijfers.Eed.Wachtend.Aantal());
        Assert.Equal(Cijfer.Shown(79.5m), cijfers.Eed.MediaanDagenTotStart);
        Assert.Equal(10, cijfers.Inkoop.AanbiedersOnderContract);

        // Assen's client (no case rights in Midden-Drenthe) gets the referrals withheld, the coverage as it is.
        var anders = (await Agenda.GetGemeente(MiddenDrenthe, Peildatum, TestContext.Current.CancellationToken)).Cijfers.Eed;
        Assert.Equal((Cijfer.Withheld(Onderdrukking.SmallNumber), 84.2m), (anders.Gestart, anders.Dekking));
    }

    [Fact]
    public async Task RegionShowsTheSampleTrajectoriesReferralsAndComplexCases()
    {
        // Nobody sees the region exactly: its counts are the sums of the four municipalities, each read as its own
        // leerplichtambtenaar.
        var regio = await Eventually.Read(ct => EigenCijfers.Regio(system.AgendaAls, Peildatum, ct),
            r => r.Som(g => g.Trajecten.Actief) == 98 && r.Som(g => g.Eed.Verwijzingen) == 12 && r.Som(g => g.Eed.Gestart) == 8
                && r.Som(g => g.Regie.MetCasusregisseur) == 8);

        Assert.Equal((98, 55, 43), (regio.Som(g => g.Trajecten.Actief), regio.Som(g => g.Trajecten.Licht), regio.Som(g => g.Trajecten.Zwaar)));
        Assert.Equal((12, 8, 4), (regio.Som(g => g.Eed.Verwijzingen), regio.Som(g => g.Eed.Gestart), regio.Som(g => g.Eed.Wachtend)));

        // 10 open complex cases, 8 with a casusregisseur (80.0%); open thuiszitter cases of other tests count as
        // complex cases without one.
        var open = 10 + regio.Som(g => g.Thuiszitters.Totaal.Open);
        Assert.Equal(open, regio.Som(g => g.Regie.OpenCasussen));
        Assert.Equal(8, regio.Som(g => g.Regie.MetCasusregisseur));

        // The region's own row as a wethouder is given it (no case rights): what counts schools as it is; every count,
        // share and median of children either withheld or what the municipalities add up to (the median and the shares
        // are the region's own, so only these rows can say them).
        var gegeven = (await Eventually.Read(ct => system.AgendaKijker.GetRegioOverzicht(Peildatum, ct), o => o.Regio.Eed.Dekking == 96.4m)).Regio;
        Assert.Equal(84, gegeven.Eed.PrimaireScholen);
        Assert.Equal(81, gegeven.Eed.GedekteScholen);
        Assert.Equal(96.4m, gegeven.Eed.Dekking);
        Assert.Equal(98.2m, gegeven.Eed.DekkingNaarLeerlingen);
        AssertGetoondIs(98, gegeven.Trajecten.Actief);
        AssertGetoondIs(55, gegeven.Trajecten.Licht);
        AssertGetoondIs(43, gegeven.Trajecten.Zwaar);
        AssertGetoondIs(56.1m, gegeven.Trajecten.AandeelLicht);
        AssertGetoondIs(12, gegeven.Eed.Verwijzingen);
        AssertGetoondIs(8, gegeven.Eed.Gestart);
        AssertGetoondIs(62m, gegeven.Eed.MediaanDagenTotStart);
        AssertGetoondIs(open, gegeven.Regie.OpenCasussen);
        AssertGetoondIs(8, gegeven.Regie.MetCasusregisseur);
        AssertGetoondIs(Rond(8 * 100m / open), gegeven.Regie.AandeelMetCasusregisseur);
        // 4 waiting is never given without case rights, wherever it is.
        Assert.False(gegeven.Eed.Wachtend.IsShown);
    }

    [Fact]
    public async Task GoalsStandAsTheSampleFiguresAndTheLatestPartnerReportsSay()
    {
        // The region's counts exactly: the sums of the four municipalities, each read as its own leerplichtambtenaar.
        var regio = await Eventually.Read(ct => EigenCijfers.Regio(system.AgendaAls, Peildatum, ct),
            r => r.Som(g => g.Trajecten.Actief) == 98 && r.Som(g => g.Regie.MetCasusregisseur) == 8);
        await Eventually.Read(ct => Agenda.GetRegioOverzicht(Peildatum, ct), o => o.Regio.Inkoop.ScholenBovenNorm == 3);
        var agenda = await Agenda.GetDoelen(Peildatum, TestContext.Current.CancellationToken);
        var doelen = agenda.Doelen.ToDictionary(d => d.Nummer, d => d.Stand);

        Assert.Equal("2025-2027", agenda.Periode);
        Assert.Equal([1, 2, 3, 4, 5, 6], doelen.Keys.Order());

        // Goal 1 has no KPI: only the partner report.
        Assert.Equal(Cijfer.Shown(null), doelen[1].KpiWaarde);
        Assert.Null(doelen[1].KpiStatus);
        AssertRapport(doelen[1], DoelStatus.OpKoers, new(2026, 9, 17));

        // Light share 56.1% against 60 (aandacht-nodig from 45).
        Assert.Equal(Cijfer.Shown(56.1m), doelen[2].KpiWaarde);
        Assert.Equal(DoelStatus.AandachtNodig, doelen[2].KpiStatus);
        AssertRapport(doelen[2], DoelStatus.OpKoers, new(2026, 10, 29));

        // Three schools above the norm: at the aandacht-nodig bound.
        Assert.Equal(Cijfer.Shown(3m), doelen[3].KpiWaarde);
        Assert.Equal(DoelStatus.AandachtNodig, doelen[3].KpiStatus);
        AssertRapport(doelen[3], DoelStatus.AandachtNodig, new(2026, 11, 12));

        // 80.0% with a casusregisseur (aandacht-nodig from 80) without other tests' thuiszitters; less with them. Its
        // base, 10 or more open complex cases, lets it be shown.
        var aandeel = Rond(regio.Som(g => g.Regie.MetCasusregisseur) * 100m / regio.Som(g => g.Regie.OpenCasussen));
        Assert.Equal(Cijfer.Shown(aandeel), doelen[4].KpiWaarde);
        Assert.Equal(Status(aandeel, hogerIsBeter: true, opKoers: 95, aandachtNodig: 80), doelen[4].KpiStatus);
        AssertRapport(doelen[4], DoelStatus.AandachtNodig, new(2026, 8, 27));

        // The sample has no thuiszitter cases; other tests' cases past three months count here. The region's count is
        // withheld with its status at 1 to 4: nobody has case rights for the whole region.
        var langer = regio.Som(g => g.Thuiszitters.Totaal.LangerDanDrieMaanden);
        Assert.Equal(Cijfer.Count(langer), doelen[5].KpiWaarde);
        Assert.Equal(KleineAantallen.IsKlein(langer) ? null : Status(langer, hogerIsBeter: false, opKoers: 0, aandachtNodig: 2), doelen[5].KpiStatus);
        AssertRapport(doelen[5], DoelStatus.OpKoers, new(2026, 5, 21));

        // EED coverage 96.4% (op koers from 95).
        Assert.Equal(Cijfer.Shown(96.4m), doelen[6].KpiWaarde);
        Assert.Equal(DoelStatus.OpKoers, doelen[6].KpiStatus);
        AssertRapport(doelen[6], DoelStatus.AandachtNodig, new(2026, 10, 15));
    }

    /// <summary>A figure about children as given without case rights: withheld, or exactly <paramref name="exact"/>.</summary>
    private static void AssertGetoondIs(decimal exact, Cijfer gegeven)
    {
        if (gegeven.IsShown) Assert.Equal(exact, gegeven.Value);
    }

    private static void AssertRapport(BeschermdeDoelStand stand, DoelStatus status, DateOnly datum)
    {
        Assert.Equal(status, stand.RapportStatus);
        Assert.Equal(datum, stand.RapportDatum);
    }

    private static DoelStatus Status(decimal waarde, bool hogerIsBeter, decimal opKoers, decimal aandachtNodig) =>
        hogerIsBeter
            ? waarde >= opKoers ? DoelStatus.OpKoers : waarde >= aandachtNodig ? DoelStatus.AandachtNodig : DoelStatus.Achter
            : waarde <= opKoers ? DoelStatus.OpKoers : waarde <= aandachtNodig ? DoelStatus.AandachtNodig : DoelStatus.Achter;

    private static decimal Rond(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}

extern alias AgendaApi;

using Agenda.Api.Client;
using AgendaApi::Agenda.Api.Privacy;
using Ontwikkelagenda.Contracts.Kpis;
using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.IntegrationTests.Privacy;

/// <summary>Agenda.Api's rules for the detail answer of a municipality, SWV or school (<see cref="DetailBescherming"/>).</summary>
public sealed class DetailBeschermingTests
{
    private static readonly DateOnly Peildatum = new(2026, 11, 25);

    private static ThuiszitterCijfers Cijfers(int open, int langer, int noemer, int afgesloten = 0) =>
        new(open, langer, Math.Round(open * 1000m / noemer, 1, MidpointRounding.AwayFromZero), afgesloten == 0 ? null : 90.0m, afgesloten);

    private static ScopeCijfers Scope(int langer = 0, IReadOnlyList<DoelStand>? doelen = null, InkoopCijfers? inkoop = null) => new(
        Cijfers(Math.Max(10, langer), langer, 5_000), Cijfers(0, 0, 5_000), Cijfers(Math.Max(10, langer), langer, 5_000),
        new JaartellingCijfers("2026-2027", 13, 3, 10, 2.5m, 0.6m, 1.9m),
        inkoop ?? new InkoopCijfers(14, null, 6, 20, 2, 9),
        new EedCijfers(25, 24, 96.0m, 97.1m, 12, 9, 3, 41m),
        new RegieCijfers(8, 6, 75.0m, 2),
        new TrajectCijfers(30, 20, 10, 66.7m),
        doelen ?? []);

    /// <summary>The detail answer of <paramref name="scope"/> for a caller without case rights for the place.</summary>
    private static BeschermdeDetail Beschermd(ScopeCijfers scope) => DetailBescherming.Van(Peildatum, scope, exact: false);

    /// <summary>The thuiszitter figures of a scope whose total and kinds are these (the other families as <see cref="Scope"/> has them).</summary>
    private static BeschermdeThuiszitters Thuiszitters(ThuiszitterCijfers totaal, ThuiszitterCijfers absoluut, ThuiszitterCijfers langdurigRelatief) =>
        Beschermd(Scope() with { Thuiszitters = totaal, Absoluut = absoluut, LangdurigRelatief = langdurigRelatief }).Thuiszitters;

    [Fact]
    public void A_caller_with_case_rights_for_the_place_gets_every_figure_exactly()
    {
        var scope = Scope(langer: 2, doelen: [new DoelStand(5, "Doel", KpiSleutels.ThuiszittersLangerDanDrieMaanden, 2, 0, DoelStatus.AandachtNodig, null, null)])
            with { Thuiszitters = Cijfers(13, 3, 5_000), Absoluut = Cijfers(3, 1, 5_000, afgesloten: 2), Regie = new RegieCijfers(3, 1, 33.3m, 1) };

        var exact = DetailBescherming.Van(Peildatum, scope, exact: true);
        var beschermd = DetailBescherming.Van(Peildatum, scope, exact: false);

        Assert.Equal((Cijfer.Shown(3), Cijfer.Shown(1), Cijfer.Shown(90.0m)),
            (exact.Thuiszitters.Absoluut.Open, exact.Thuiszitters.Absoluut.LangerDanDrieMaanden, exact.Thuiszitters.Absoluut.BinnenDrieMaandenOpgelost));
        Assert.Equal((Cijfer.Shown(3), Cijfer.Shown(33.3m)), (exact.Regie.OpenCasussen, exact.Regie.AandeelMetCasusregisseur));
        Assert.Equal((Cijfer.Shown(2), (DoelStatus?)DoelStatus.AandachtNodig), (exact.Doelen[0].KpiWaarde, exact.Doelen[0].KpiStatus));
        Assert.False(beschermd.Thuiszitters.Absoluut.Open.IsShown);
        Assert.False(beschermd.Regie.OpenCasussen.IsShown);
        Assert.False(beschermd.Doelen[0].KpiWaarde.IsShown);
    }

    [Fact]
    public void Thuiszitters_total_is_withheld_when_one_kind_is_a_small_number()
    {
        var result = Thuiszitters(Cijfers(13, 0, 500), Cijfers(3, 0, 500), Cijfers(10, 0, 500));

        Assert.Equal(Onderdrukking.SmallNumber, result.Absoluut.Open.Onderdrukking);
        Assert.Equal(10m, result.LangdurigRelatief.Open.Value);
        Assert.Equal(Onderdrukking.Secondary, result.Totaal.Open.Onderdrukking);
        Assert.Equal(Onderdrukking.RevealsCount, result.Totaal.PerDuizend.Onderdrukking);
        Assert.Equal(Onderdrukking.RevealsCount, result.Absoluut.PerDuizend.Onderdrukking);
        Assert.True(result.LangdurigRelatief.PerDuizend.IsShown);
    }

    [Fact]
    public void Thuiszitters_total_is_shown_when_no_kind_is_withheld()
    {
        // 10 open, 5 of them past three months, so 5 between four weeks and three months: no count of 1 to 4 anywhere.
        // (Open is also the sum of its durations: with 7 open and 5 long, the 2 in between would withhold the total.)
        var result = Thuiszitters(Cijfers(10, 5, 500), Cijfers(0, 0, 500), Cijfers(10, 5, 500));

        Assert.Equal(10m, result.Totaal.Open.Value);
        Assert.Equal(5m, result.Totaal.LangerDanDrieMaanden.Value);
        Assert.Equal(0m, result.Absoluut.Open.Value);
        Assert.Equal((Cijfer.Shown(0), Cijfer.Shown(5)), (result.KorterDanVierWeken, result.VierWekenTotDrieMaanden));
    }

    [Fact]
    public void Share_closed_by_exemption_resting_on_fewer_than_5_closings_is_withheld()
    {
        var totaal = Cijfers(10, 0, 500) with { Afgesloten = 3, AfgeslotenMetVrijstelling = 33.3m };

        var result = Thuiszitters(totaal, Cijfers(0, 0, 500), Cijfers(10, 0, 500));

        Assert.Equal(Onderdrukking.SmallBase, result.AfgeslotenMetVrijstelling.Onderdrukking);
        Assert.Null(result.AfgeslotenMetVrijstelling.Value);
    }

    [Fact]
    public void Jaartelling_total_and_its_rate_are_withheld_when_one_kind_is_small()
    {
        var result = Beschermd(Scope() with { Jaartelling = new JaartellingCijfers("2026-2027", 12, 2, 10, 2.3m, 0.4m, 1.9m) }).Jaartelling;

        Assert.Equal(Onderdrukking.SmallNumber, result.Absoluut.Onderdrukking);
        Assert.Equal(Onderdrukking.RevealsCount, result.AbsoluutPerDuizend.Onderdrukking);
        Assert.Equal(Onderdrukking.Secondary, result.Totaal.Onderdrukking);
        Assert.Equal(Onderdrukking.RevealsCount, result.TotaalPerDuizend.Onderdrukking);
        Assert.Equal(10m, result.LangdurigRelatief.Value);
        Assert.Equal(1.9m, result.LangdurigRelatiefPerDuizend.Value);
    }

    [Fact]
    public void Eed_referrals_total_is_withheld_when_those_waiting_are_few_and_coverage_stays_shown()
    {
        var result = Beschermd(Scope() with { Eed = new EedCijfers(20, 3, 15.0m, 12.5m, 9, 7, 2, 41m) }).Eed;

        Assert.Equal(Onderdrukking.Secondary, result.Verwijzingen.Onderdrukking);
        Assert.Equal(Onderdrukking.SmallNumber, result.Wachtend.Onderdrukking);
        Assert.Equal(7m, result.Gestart.Value);
        Assert.Equal(41m, result.MediaanDagenTotStart.Value);
        // Schools, not children: shown whatever their size.
        Assert.Equal(3, result.GedekteScholen);
        Assert.Equal(15.0m, result.Dekking);
    }

    [Fact]
    public void Eed_median_days_is_withheld_when_fewer_than_5_treatments_started()
    {
        var result = Beschermd(Scope() with { Eed = new EedCijfers(20, 20, 100m, 100m, 12, 2, 10, 35m) }).Eed;

        Assert.Equal(Onderdrukking.SmallNumber, result.Gestart.Onderdrukking);
        Assert.Equal(Onderdrukking.SmallBase, result.MediaanDagenTotStart.Onderdrukking);
        Assert.Null(result.MediaanDagenTotStart.Value);
    }

    [Fact]
    public void Regie_share_is_withheld_when_the_cases_with_a_casusregisseur_are_few()
    {
        var result = Beschermd(Scope() with { Regie = new RegieCijfers(10, 3, 30.0m, 0) }).Regie;

        Assert.Equal(10m, result.OpenCasussen.Value);
        Assert.Equal(Onderdrukking.SmallNumber, result.MetCasusregisseur.Onderdrukking);
        Assert.Equal(Onderdrukking.RevealsCount, result.AandeelMetCasusregisseur.Onderdrukking);
    }

    [Fact]
    public void Regie_share_is_withheld_when_it_rests_on_fewer_than_5_open_cases()
    {
        var result = Beschermd(Scope() with { Regie = new RegieCijfers(4, 0, 0m, 1) }).Regie;

        Assert.Equal(Onderdrukking.SmallBase, result.AandeelMetCasusregisseur.Onderdrukking);
        Assert.Equal(0m, result.MetCasusregisseur.Value);
        Assert.Equal(Onderdrukking.SmallNumber, result.LangerDanTwaalfWeken.Onderdrukking);
    }

    [Fact]
    public void Regie_share_is_shown_when_both_counts_are()
    {
        var result = Beschermd(Scope() with { Regie = new RegieCijfers(10, 8, 80.0m, 0) }).Regie;

        Assert.Equal(80.0m, result.AandeelMetCasusregisseur.Value);
        Assert.Equal(0m, result.LangerDanTwaalfWeken.Value);
    }

    [Fact]
    public void Trajecten_share_light_is_withheld_when_heavy_is_small_because_it_would_give_the_total_back()
    {
        // 10 light of 13: 76.9% next to "10 light" gives 13 active, so 3 heavy.
        var result = Beschermd(Scope() with { Trajecten = new TrajectCijfers(13, 10, 3, 76.9m) }).Trajecten;

        Assert.Equal(Onderdrukking.SmallNumber, result.Zwaar.Onderdrukking);
        Assert.Equal(Onderdrukking.Secondary, result.Actief.Onderdrukking);
        Assert.False(result.AandeelLicht.IsShown);
        Assert.Equal(10m, result.Licht.Value);
    }

    [Theory]
    [InlineData("thuiszitters.langerDanDrieMaanden", 2, false)]
    [InlineData("thuiszitters.langerDanDrieMaanden", 0, true)]
    [InlineData("eed.dekking", 50, true)]
    [InlineData("inkoop.scholenBovenNorm", 2, true)]
    [InlineData("iets.nieuws", 7, false)]
    public void Goal_kpi_value_and_status_take_the_protection_of_the_figure_they_are(string kpi, int waarde, bool shown)
    {
        var detail = DetailBescherming.Van(Peildatum, Scope(langer: waarde, doelen: [new DoelStand(5, "Doel", kpi, waarde, 0, DoelStatus.AandachtNodig, DoelStatus.OpKoers, new DateOnly(2026, 11, 1))]), exact: false);

        var doel = Assert.Single(detail.Doelen);
        Assert.Equal(shown, doel.KpiWaarde.IsShown);
        Assert.Equal(shown ? DoelStatus.AandachtNodig : null, doel.KpiStatus);
        Assert.Equal(DoelStatus.OpKoers, doel.RapportStatus); // a partner's report is words, not a count
    }

    [Fact]
    public void Procurement_counts_providers_and_is_never_suppressed()
    {
        var inkoop = new InkoopCijfers(null, 2, 6, 1, 0, 2);

        var detail = DetailBescherming.Van(Peildatum, Scope(inkoop: inkoop), exact: false);

        Assert.Same(inkoop, detail.Inkoop);
    }

    // Brute force over one scope's whole answer: random figures (many counts of 0 to 8, a third 0); someone who knows
    // every sum between them and what each reason means must find at least two values for every "<5", and no rate,
    // share or median beside a withheld count.
    [Fact]
    public void No_withheld_count_of_1_to_4_can_be_worked_out_from_a_detail_answer()
    {
        var random = new Random(106);
        for (var i = 0; i < 300; i++)
        {
            var scope = RegioVoorbeelden.Trek(random).Gemeenten[0];
            var detail = DetailBescherming.Van(Peildatum, scope, exact: false);
            Assert.True(RegioAanval.Afleidbaar(detail) is [], $"example {i}: {string.Join("; ", RegioAanval.Afleidbaar(detail))}");
            Assert.True(RegioAanval.Verraders(detail) is [], $"example {i}: {string.Join("; ", RegioAanval.Verraders(detail))}");
        }
    }

    [Fact]
    public void No_withheld_regie_count_is_derivable_from_the_share_beside_it()
    {
        // Only open and "with a casusregisseur" are shown; those without one are not, so a viewer who sees the page
        // of (met, zonder) cannot tell met from any other value 1-4 as long as some number without one fits too.
        static string Page(int met, int zonder)
        {
            var open = met + zonder;
            decimal? aandeel = open == 0 ? null : Math.Round(met * 100m / open, 1, MidpointRounding.AwayFromZero);
            var regie = Beschermd(Scope() with { Regie = new RegieCijfers(open, met, aandeel, 0) }).Regie;
            return Shown(regie.OpenCasussen, regie.MetCasusregisseur, regie.AandeelMetCasusregisseur);
        }

        for (var met = 1; met <= 4; met++)
        for (var zonder = 0; zonder <= 12; zonder++)
        {
            var shown = Page(met, zonder);
            for (var other = 1; other <= 4; other++)
            {
                Assert.True(Enumerable.Range(0, 20).Any(z => Page(other, z) == shown),
                    $"({met}, {zonder}): no page with {other} with a casusregisseur looks the same; the count is derivable");
            }
        }
    }

    private static string Shown(params Cijfer[] values) => string.Join("|", values.Select(v => $"{v.Onderdrukking}:{v.Value}"));
}

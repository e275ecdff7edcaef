extern alias AgendaApi;

using Agenda.Api.Client;
using AgendaApi::Agenda.Api.Privacy;

namespace Ontwikkelagenda.IntegrationTests.Privacy;

/// <summary>Agenda.Api's rules for the regional overview as one answer (<see cref="RegioBescherming"/>).</summary>
public sealed class RegioBeschermingTests
{
    private static readonly DateOnly Peildatum = new(2026, 12, 1);
    private static readonly Inzage Wethouder = Inzage.Geen;
    private static readonly Inzage LeerplichtAssen = new("GM0106", null, null);
    private static readonly Inzage SwvStaff = new(null, "PO2201", null);

    private static RegioOverzicht Beschermd(RegioVoorbeelden.Voorbeeld voorbeeld, Inzage inzage) => RegioBescherming.Van(
        Peildatum,
        [.. voorbeeld.Gemeenten.Select((c, i) => new RegioBescherming.Gebied(RegioVoorbeelden.Gemeenten[i], RegioVoorbeelden.Gemeenten[i], c))],
        [.. voorbeeld.Swvs.Select((c, i) => new RegioBescherming.Gebied(RegioVoorbeelden.Swvs[i], RegioVoorbeelden.Swvs[i], c))],
        voorbeeld.Regio,
        inzage);

    // Brute force over whole answers: random overviews with many counts of 0 to 8, each read as a wethouder, as a
    // municipality's leerplichtambtenaar and as an SWV's staff; someone who knows every sum between the figures and what
    // each reason means must find at least two values for every "<5", and no rate, share or median beside a withheld count.
    // Some examples are drawn mostly from 1s: there four "<5" municipalities under a region "<5" come up. Those take
    // the attacker about 2 s each, the others about 0.4 s.
    [Theory]
    [InlineData(2201, false, 40)]
    [InlineData(1730, false, 40)]
    [InlineData(1680, true, 15)]
    public void No_withheld_count_of_1_to_4_can_be_worked_out_from_the_whole_answer(int seed, bool klein, int aantal)
    {
        var random = new Random(seed);
        for (var i = 0; i < aantal; i++)
        {
            var voorbeeld = RegioVoorbeelden.Trek(random, klein);
            foreach (var inzage in new[] { Wethouder, LeerplichtAssen, SwvStaff })
            {
                var overzicht = Beschermd(voorbeeld, inzage);
                Assert.True(RegioAanval.Afleidbaar(overzicht) is [], $"example {i} as {inzage}: {string.Join("; ", RegioAanval.Afleidbaar(overzicht))}");
                Assert.True(RegioAanval.Verraders(overzicht) is [], $"example {i} as {inzage}: {string.Join("; ", RegioAanval.Verraders(overzicht))}");
            }
        }
    }

    [Fact]
    public void Four_small_municipalities_under_a_small_region_total_do_not_give_each_other_away()
    {
        // One case in each municipality (absoluut, open four weeks to three months): the region's 4 as "<5" over four
        // "<5" would say each is 1.
        var voorbeeld = RegioVoorbeelden.Uit([.. Enumerable.Repeat(RegioVoorbeelden.Een(1), 4)], [RegioVoorbeelden.Een(1), RegioVoorbeelden.Een(1)]);

        var overzicht = Beschermd(voorbeeld, Wethouder);

        Assert.All(overzicht.Gemeenten, g => Assert.Equal(Onderdrukking.SmallNumber, g.Cijfers.Thuiszitters.Totaal.Open.Onderdrukking));
        Assert.Equal(Onderdrukking.Secondary, overzicht.Regio.Thuiszitters.Totaal.Open.Onderdrukking);
        Assert.Empty(RegioAanval.Afleidbaar(overzicht));
    }

    [Fact]
    public void The_leerplichtambtenaar_sees_its_own_municipality_exactly_and_everyone_else_protected()
    {
        var random = new Random(22);
        // An overview where both Aa en Hunze and Assen have 1 to 4 cases open longer than three months.
        var voorbeeld = Enumerable.Range(0, 1_000).Select(_ => RegioVoorbeelden.Trek(random))
            .First(v => v.Gemeenten[1].Thuiszitters.LangerDanDrieMaanden is > 0 and < 5 && v.Gemeenten[0].Thuiszitters.LangerDanDrieMaanden is > 0 and < 5);
        var assen = voorbeeld.Gemeenten[1].Thuiszitters.LangerDanDrieMaanden;

        var eigen = Beschermd(voorbeeld, LeerplichtAssen);
        var wethouder = Beschermd(voorbeeld, Wethouder);

        Assert.Equal(Cijfer.Shown(assen), eigen.Gemeenten[1].Cijfers.Thuiszitters.Totaal.LangerDanDrieMaanden);
        Assert.Equal(Onderdrukking.SmallNumber, eigen.Gemeenten[0].Cijfers.Thuiszitters.Totaal.LangerDanDrieMaanden.Onderdrukking);
        Assert.Equal(Onderdrukking.SmallNumber, wethouder.Gemeenten[1].Cijfers.Thuiszitters.Totaal.LangerDanDrieMaanden.Onderdrukking);
        Assert.False(eigen.Regio.Thuiszitters.Totaal.LangerDanDrieMaanden.IsShown);
        Assert.False(wethouder.Regio.Thuiszitters.Totaal.LangerDanDrieMaanden.IsShown);
    }
}

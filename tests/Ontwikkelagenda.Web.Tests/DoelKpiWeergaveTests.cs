using Agenda.Api.Client;
using Ontwikkelagenda.Web.Components.Agenda;
using Ontwikkelagenda.Web.Formatting;
using Ontwikkelagenda.Web.Privacy;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.Contracts.Agenda;

namespace Ontwikkelagenda.Web.Tests;

/// <summary>How the agenda page renders a goal's KPI as Agenda.Api gives it (the rule itself is Agenda.Api's).</summary>
public sealed class DoelKpiWeergaveTests
{
    private const string Thuiszitters = "thuiszitters.langerDanDrieMaanden";
    private static readonly Cijfer Klein = Cijfer.Withheld(Onderdrukking.SmallNumber);

    [Fact]
    public void A_withheld_count_reads_less_than_5_and_a_shown_one_its_number()
    {
        Assert.Equal("<5", KpiText.Waarde(Thuiszitters, Klein));
        Assert.Equal("0", KpiText.Waarde(Thuiszitters, Cijfer.Shown(0)));
        Assert.Equal("12", KpiText.Waarde(Thuiszitters, Cijfer.Shown(12)));
        Assert.Equal("96,4%", KpiText.Waarde("eed.dekking", Cijfer.Shown(96.4m)));
    }

    [Fact]
    public void Status_beside_a_small_number_says_only_what_holds_for_every_count_from_1_to_4()
    {
        // Goal 5's bounds: op koers at 0, aandacht nodig up to 2, achter above.
        var grenzen = new Statusgrenzen(StatusRichting.LagerIsBeter, 0, 2);

        // 1 and 3 would show apart as "aandacht nodig" and "achter": beside "<5" both read "niet op koers".
        Assert.Equal(StatusWeergave.NietOpKoers, StatusWeergaven.Van(Klein, null, grenzen));
        // Shown values keep their exact status.
        Assert.Equal(StatusWeergave.OpKoers, StatusWeergaven.Van(Cijfer.Shown(0), DoelStatus.OpKoers, grenzen));
        Assert.Equal(StatusWeergave.Achter, StatusWeergaven.Van(Cijfer.Shown(5), DoelStatus.Achter, grenzen));
        Assert.Null(StatusWeergaven.Van(Cijfer.Shown(null), null, grenzen));
        // Without bounds, or for a share on a small base, nothing can be said safely.
        Assert.Equal(StatusWeergave.NietGetoond, StatusWeergaven.Van(Klein, null, null));
        Assert.Equal(StatusWeergave.NietGetoond, StatusWeergaven.Van(Cijfer.Withheld(Onderdrukking.SmallBase), null, grenzen));
    }

    [Fact]
    public void A_withheld_difference_reads_niet_getoond_and_a_shown_one_has_its_sign()
    {
        Assert.Equal("niet getoond", KpiText.Verschil(Thuiszitters, Cijfer.Withheld(Onderdrukking.RevealsCount)));
        Assert.Equal("-2", KpiText.Verschil(Thuiszitters, Cijfer.Shown(-2)));
        Assert.Equal("+4,1 procentpunt", KpiText.Verschil("trajecten.aandeelLicht", Cijfer.Shown(4.1m)));
    }

    [Fact]
    public void Chart_leaves_out_the_months_with_a_withheld_value_and_breaks_the_line_there()
    {
        IReadOnlyList<KpiMeting> metingen =
        [
            new(new(2026, 1, 31), Cijfer.Shown(0), DoelStatus.OpKoers),
            new(new(2026, 2, 28), Cijfer.Shown(6), DoelStatus.Achter),
            new(new(2026, 3, 31), Klein, null),
            new(new(2026, 4, 30), Cijfer.Shown(5), DoelStatus.Achter),
            new(new(2026, 5, 31), Cijfer.Shown(0), DoelStatus.OpKoers),
        ];

        var segmenten = KpiReeks.Segmenten(metingen);

        Assert.Equal(2, segmenten.Count);
        Assert.Equal([0m, 6m], segmenten[0].Select(p => p.Waarde));
        Assert.Equal([5m, 0m], segmenten[1].Select(p => p.Waarde));
        Assert.DoesNotContain(segmenten.SelectMany(s => s), p => p.Datum == new DateOnly(2026, 3, 31));
        Assert.Equal(1, KpiReeks.Weggelaten(metingen));
    }
}

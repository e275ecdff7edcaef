using Agenda.Api.Client;
using Ontwikkelagenda.Web.Components.Agenda;
using Ontwikkelagenda.Web.Formatting;
using Ontwikkelagenda.Web.Privacy;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.Contracts.Agenda;

namespace Ontwikkelagenda.Web.Tests;

public sealed class DoelKpiSuppressionTests
{
    private const string Thuiszitters = "thuiszitters.langerDanDrieMaanden";
    private const string Dekking = "eed.dekking";
    private const string ScholenBovenNorm = "inkoop.scholenBovenNorm";

    [Theory]
    [InlineData(0, "0")]
    [InlineData(1, "<5")]
    [InlineData(4, "<5")]
    [InlineData(5, "5")]
    [InlineData(12, "12")]
    public void Thuiszitter_count_of_1_to_4_is_shown_as_less_than_5(int waarde, string tekst)
    {
        Assert.Equal(tekst, KpiText.Waarde(Thuiszitters, DoelKpiSuppression.Value(Thuiszitters, waarde)));
    }

    [Fact]
    public void Suppressed_count_carries_no_number()
    {
        Assert.Null(DoelKpiSuppression.Value(Thuiszitters, 3).Value);
    }

    [Fact]
    public void KPIs_that_do_not_count_children_are_shown_as_they_are()
    {
        Assert.Equal("3", KpiText.Waarde(ScholenBovenNorm, DoelKpiSuppression.Value(ScholenBovenNorm, 3)));
        Assert.Equal("96,4%", KpiText.Waarde(Dekking, DoelKpiSuppression.Value(Dekking, 96.4m)));
    }

    [Fact]
    public void Status_beside_a_hidden_count_says_only_what_holds_for_every_count_from_1_to_4()
    {
        // Goal 5's bounds: op koers at 0, aandacht nodig up to 2, achter above.
        var grenzen = new Statusgrenzen(StatusRichting.LagerIsBeter, 0, 2);

        // 1 and 3 would show apart as "aandacht nodig" and "achter": beside "<5" both read "niet op koers".
        Assert.Equal(StatusWeergave.NietOpKoers, DoelKpiSuppression.Status(Thuiszitters, 1, DoelStatus.AandachtNodig, grenzen));
        Assert.Equal(StatusWeergave.NietOpKoers, DoelKpiSuppression.Status(Thuiszitters, 3, DoelStatus.Achter, grenzen));
        // Shown values keep their exact status; so does a KPI that does not count children.
        Assert.Equal(StatusWeergave.OpKoers, DoelKpiSuppression.Status(Thuiszitters, 0, DoelStatus.OpKoers, grenzen));
        Assert.Equal(StatusWeergave.Achter, DoelKpiSuppression.Status(Thuiszitters, 5, DoelStatus.Achter, grenzen));
        Assert.Equal(StatusWeergave.AandachtNodig, DoelKpiSuppression.Status(ScholenBovenNorm, 3, DoelStatus.AandachtNodig, grenzen));
        // Without bounds nothing can be said safely.
        Assert.Equal(StatusWeergave.NietGetoond, DoelKpiSuppression.Status(Thuiszitters, 2, DoelStatus.AandachtNodig, null));
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(3, 0)]
    [InlineData(2, 7)]
    [InlineData(9, 4)]
    public void Difference_is_withheld_when_either_end_is_a_small_count(int van, int tot)
    {
        var verschil = DoelKpiSuppression.Verschil(Thuiszitters, van, tot, tot - van);

        Assert.False(verschil.IsShown);
        Assert.Null(verschil.Value);
        Assert.Equal("niet getoond", KpiText.Verschil(Thuiszitters, verschil));
    }

    [Fact]
    public void Difference_between_two_shown_counts_is_shown_with_its_sign()
    {
        Assert.Equal("-2", KpiText.Verschil(Thuiszitters, DoelKpiSuppression.Verschil(Thuiszitters, 7, 5, -2)));
        Assert.Equal("+4,1 procentpunt", KpiText.Verschil("trajecten.aandeelLicht", DoelKpiSuppression.Verschil("trajecten.aandeelLicht", 52m, 56.1m, 4.1m)));
    }

    [Fact]
    public void Chart_leaves_out_the_months_with_a_small_count_and_breaks_the_line_there()
    {
        var metingen = DoelKpiSuppression.Metingen(Thuiszitters,
        [
            new KpiMeting(new(2026, 1, 31), 0, DoelStatus.OpKoers),
            new KpiMeting(new(2026, 2, 28), 6, DoelStatus.Achter),
            new KpiMeting(new(2026, 3, 31), 2, DoelStatus.AandachtNodig),
            new KpiMeting(new(2026, 4, 30), 5, DoelStatus.Achter),
            new KpiMeting(new(2026, 5, 31), 0, DoelStatus.OpKoers),
        ]);

        var segmenten = KpiReeks.Segmenten(metingen);

        Assert.Equal(2, segmenten.Count);
        Assert.Equal([0m, 6m], segmenten[0].Select(p => p.Waarde));
        Assert.Equal([5m, 0m], segmenten[1].Select(p => p.Waarde));
        Assert.DoesNotContain(segmenten.SelectMany(s => s), p => p.Datum == new DateOnly(2026, 3, 31));
        Assert.Equal(1, KpiReeks.Weggelaten(metingen));
    }
}

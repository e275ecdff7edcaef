using Agenda.Api.Client;
using Ontwikkelagenda.Web.Formatting;
using Ontwikkelagenda.Web.Privacy;
using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.Web.Tests;

public sealed class DoelSuppressionTests
{
    private static IReadOnlyList<ProtectedDoelRij> Rijen(int[] langer, int[]? regieBasis = null) =>
        DoelSuppression.Apply(DoelVoorbeeld.Overzicht([10, 10, 10, 10], langer, regieBasis), DoelVoorbeeld.Doelen);

    private static ProtectedDoelRij Doel(IReadOnlyList<ProtectedDoelRij> rijen, int nummer) => rijen.Single(r => r.Nummer == nummer);

    [Fact]
    public void Goal_5_count_of_1_to_4_is_shown_as_less_than_5()
    {
        var thuiszitters = Doel(Rijen([3, 0, 5, 0]), 5);

        Assert.Equal("<5", FigureText.DoelWaarde(thuiszitters.Gemeenten[0].Waarde, isPercentage: false));
        Assert.Null(thuiszitters.Gemeenten[0].Waarde.Value);
        Assert.Equal("0", FigureText.DoelWaarde(thuiszitters.Gemeenten[1].Waarde, isPercentage: false));
        Assert.Equal("5", FigureText.DoelWaarde(thuiszitters.Gemeenten[2].Waarde, isPercentage: false));
    }

    [Fact]
    public void Region_count_of_goal_5_is_withheld_when_a_municipality_is_suppressed()
    {
        var thuiszitters = Doel(Rijen([3, 0, 5, 0]), 5);

        Assert.Equal(Onderdrukking.Secondary, thuiszitters.Regio.Waarde.Onderdrukking);
        Assert.Equal("niet getoond", FigureText.DoelWaarde(thuiszitters.Regio.Waarde, isPercentage: false));
    }

    [Fact]
    public void Region_count_of_goal_5_is_shown_when_no_municipality_is_suppressed()
    {
        var thuiszitters = Doel(Rijen([0, 6, 5, 0]), 5);

        Assert.Equal("11", FigureText.DoelWaarde(thuiszitters.Regio.Waarde, isPercentage: false));
        Assert.Equal(StatusWeergave.Achter, thuiszitters.Regio.KpiStatus);
    }

    [Fact]
    public void Status_of_a_suppressed_count_says_only_what_holds_for_1_to_4()
    {
        // Bounds 0 and 2: 1-2 is aandacht nodig and 3-4 achter, so the exact status would narrow "<5" down.
        var thuiszitters = Doel(Rijen([1, 4, 0, 0]), 5);

        Assert.Equal(StatusWeergave.NietOpKoers, thuiszitters.Gemeenten[0].KpiStatus);
        Assert.Equal(StatusWeergave.NietOpKoers, thuiszitters.Gemeenten[1].KpiStatus);
        Assert.Equal(StatusWeergave.OpKoers, thuiszitters.Gemeenten[2].KpiStatus);
    }

    [Fact]
    public void Status_of_a_withheld_region_count_is_exact_when_every_possible_total_has_it()
    {
        // 3 (withheld) + 6: the total is 7 to 10 whatever the 3 is, all achter.
        var thuiszitters = Doel(Rijen([3, 6, 0, 0]), 5);

        Assert.Equal(StatusWeergave.Achter, thuiszitters.Regio.KpiStatus);
    }

    [Fact]
    public void Percentage_of_cases_resting_on_1_to_4_is_withheld_with_its_status()
    {
        var regie = Doel(Rijen([0, 0, 0, 0], regieBasis: [3, 10, 10, 10]), 4);

        Assert.Equal(Onderdrukking.SmallBase, regie.Gemeenten[0].Waarde.Onderdrukking);
        Assert.Equal(StatusWeergave.NietGetoond, regie.Gemeenten[0].KpiStatus);
        Assert.Equal("90,0%", FigureText.DoelWaarde(regie.Gemeenten[1].Waarde, isPercentage: true));
        Assert.Equal(StatusWeergave.AandachtNodig, regie.Gemeenten[1].KpiStatus);
    }

    [Fact]
    public void Figures_about_schools_are_shown_as_they_are()
    {
        var rijen = Rijen([0, 0, 0, 0]);

        Assert.Equal("1", FigureText.DoelWaarde(Doel(rijen, 3).Gemeenten[0].Waarde, isPercentage: false));
        Assert.Equal("96,5%", FigureText.DoelWaarde(Doel(rijen, 6).Regio.Waarde, isPercentage: true));
    }

    [Fact]
    public void A_goal_without_KPI_keeps_its_partner_report()
    {
        var bestuur = Doel(Rijen([0, 0, 0, 0]), 1);

        Assert.Equal(DoelKpiSoort.Geen, bestuur.Soort);
        Assert.Equal(DoelStatus.AandachtNodig, bestuur.Regio.RapportStatus);
        Assert.Null(bestuur.Regio.KpiStatus);
    }

    /// <summary>
    /// The proof for goal 5: for every combination of municipality counts 0-6, each suppressed count could be any
    /// of 1 to 4 without anything in the goal row changing: values, region total and every status.
    /// </summary>
    [Fact]
    public void Suppressed_goal_5_count_cannot_be_derived_from_the_row_or_its_statuses()
    {
        foreach (var langer in Combinaties.All(maximum: 6))
        {
            var shown = Row(langer);
            for (var i = 0; i < langer.Length; i++)
            {
                if (langer[i] is < 1 or > 4) continue;
                for (var candidate = 1; candidate <= 4; candidate++)
                {
                    var alternative = (int[])langer.Clone();
                    alternative[i] = candidate;
                    Assert.True(shown == Row(alternative),
                        $"[{string.Join(", ", langer)}]: municipality {i} = {candidate} changes the row:\n{shown}\n{Row(alternative)}");
                }
            }
        }
    }

    private static string Row(int[] langer)
    {
        var rij = Doel(Rijen(langer), 5);
        return string.Join(" | ", rij.Gemeenten.Append(rij.Regio)
            .Select(c => $"{FigureText.DoelWaarde(c.Waarde, false)} {c.KpiStatus}"));
    }
}

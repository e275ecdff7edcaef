using Agenda.Api.Client;
using Ontwikkelagenda.Web.Formatting;
using Ontwikkelagenda.Web.Privacy;

namespace Ontwikkelagenda.Web.Tests;

public sealed class KpiTextTests
{
    [Theory]
    [InlineData("trajecten.aandeelLicht", true)]
    [InlineData("regie.aandeelMetCasusregisseur", true)]
    [InlineData("eed.dekking", true)]
    [InlineData("inkoop.scholenBovenNorm", false)]
    [InlineData("thuiszitters.langerDanDrieMaanden", false)]
    public void A_goal_KPI_is_a_percentage_on_every_page_or_on_none(string kpi, bool percentage)
    {
        var waarde = Cijfer.Shown(60m);

        Assert.Equal(percentage, KpiText.Waarde(kpi, waarde).EndsWith('%'));
        Assert.Equal(percentage, DetailText.Kpi(kpi, waarde).EndsWith('%'));
        Assert.Equal(percentage, FigureText.DoelWaarde(waarde, KpiText.IsPercentage(kpi)).EndsWith('%'));
    }
}

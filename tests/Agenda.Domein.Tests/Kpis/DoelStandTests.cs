using Agenda.Domein.Kpis;
using Ontwikkelagenda.Contracts.Agenda;
using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Values;
using static Agenda.Domein.Tests.Maak;
using static Agenda.Domein.Tests.TestRegister;

namespace Agenda.Domein.Tests.Kpis;

public class DoelStandTests
{
    private static readonly Statusgrenzen Hoger = new(StatusRichting.HogerIsBeter, 95, 85);
    private static readonly Statusgrenzen Lager = new(StatusRichting.LagerIsBeter, 0, 2);

    [Theory]
    [InlineData("100", DoelStatus.OpKoers)]
    [InlineData("95", DoelStatus.OpKoers)]
    [InlineData("94.9", DoelStatus.AandachtNodig)]
    [InlineData("85", DoelStatus.AandachtNodig)]
    [InlineData("84.9", DoelStatus.Achter)]
    public void Higher_is_better_is_on_course_from_the_bound_and_just_below_needs_attention(string waarde, DoelStatus status)
    {
        Assert.Equal(status, DoelStandCalculator.Status(decimal.Parse(waarde, System.Globalization.CultureInfo.InvariantCulture), Hoger));
    }

    [Theory]
    [InlineData(0, DoelStatus.OpKoers)]
    [InlineData(1, DoelStatus.AandachtNodig)]
    [InlineData(2, DoelStatus.AandachtNodig)]
    [InlineData(3, DoelStatus.Achter)]
    public void Lower_is_better_is_on_course_up_to_the_bound(int waarde, DoelStatus status)
    {
        Assert.Equal(status, DoelStandCalculator.Status(waarde, Lager));
    }

    [Fact]
    public void A_goals_KPI_value_and_status_come_from_the_scopes_figures()
    {
        var zaak = Guid.NewGuid();
        var doelen = KpisVan(Scope.Gemeente(Tynaarlo), "2025-12-02", Gemeld(zaak, Tynaarlo, null, "2025-09-01")).Doelen;

        var doel5 = doelen.Single(d => d.Nummer == 5);
        Assert.Equal(("thuiszitters.langerDanDrieMaanden", 1m, 0m, DoelStatus.AandachtNodig), (doel5.Kpi, doel5.KpiWaarde, doel5.Streefwaarde, doel5.KpiStatus));
        var doel6 = doelen.Single(d => d.Nummer == 6); // Tynaarlo's two primary schools, no EED contract
        Assert.Equal((0.0m, DoelStatus.Achter), (doel6.KpiWaarde, doel6.KpiStatus));
        var doel2 = doelen.Single(d => d.Nummer == 2); // no trajectories: no share, no status
        Assert.Equal((null, null), (doel2.KpiWaarde, doel2.KpiStatus));
        Assert.Equal([1, 2, 3, 4, 5, 6], doelen.Select(d => d.Nummer));
    }

    private static (IAgendaEvent[] Events, VoortgangGerapporteerd Laatste) Rapporten()
    {
        var laatste = Rapport(Guid.NewGuid(), 1, DoelStatus.Achter, "2025-12-01");
        return ([Rapport(Guid.NewGuid(), 1, DoelStatus.OpKoers, "2025-09-01"), laatste,
            Rapport(Guid.NewGuid(), 1, DoelStatus.AandachtNodig, "2026-04-01"), Rapport(Guid.NewGuid(), 2, DoelStatus.OpKoers, "2026-01-01")], laatste);
    }

    [Fact]
    public void A_goal_without_KPI_takes_the_latest_report_on_or_before_the_peildatum()
    {
        var doel1 = KpisVan(Scope.Regio("22.01"), "2026-03-01", Rapporten().Events).Doelen.Single(d => d.Nummer == 1);

        Assert.Equal((null, null, DoelStatus.Achter, D("2025-12-01")), (doel1.Kpi, doel1.KpiStatus, doel1.RapportStatus, doel1.RapportDatum));
    }

    [Fact]
    public void A_withdrawn_latest_report_gives_way_to_the_one_before()
    {
        var (events, laatste) = Rapporten();

        var doel1 = KpisVan(Scope.Regio("22.01"), "2026-03-01", [.. events, Intrekking(laatste.RapportId, laatste.EventId)]).Doelen.Single(d => d.Nummer == 1);

        Assert.Equal((DoelStatus.OpKoers, D("2025-09-01")), (doel1.RapportStatus, doel1.RapportDatum));
    }

    [Fact]
    public void A_corrected_report_shows_its_correction()
    {
        var (events, laatste) = Rapporten();
        var correctie = laatste with { EventId = Guid.NewGuid(), Status = DoelStatus.AandachtNodig, Corrigeert = laatste.EventId };

        var doel1 = KpisVan(Scope.Regio("22.01"), "2026-03-01", [.. events, correctie]).Doelen.Single(d => d.Nummer == 1);

        Assert.Equal(DoelStatus.AandachtNodig, doel1.RapportStatus);
    }

    [Fact]
    public void The_goals_are_those_of_the_agenda_version_at_the_peildatum()
    {
        Assert.Equal([5], KpisVan(Scope.Regio("22.01"), "2025-07-31").Doelen.Select(d => d.Nummer));
    }
}

using Ontwikkelagenda.Contracts.Values;
using static Agenda.Domein.Tests.Maak;
using static Agenda.Domein.Tests.TestRegister;

namespace Agenda.Domein.Tests.Kpis;

public class TrajectKpiTests
{
    [Fact]
    public void The_light_share_counts_trajectories_active_at_the_peildatum()
    {
        var aanbieder = Guid.NewGuid();
        var beeindigd = Guid.NewGuid();

        var trajecten = KpisVan(Scope.Gemeente(Tynaarlo), "2026-03-01",
            Traject(Guid.NewGuid(), BaoTynaarlo, aanbieder, "A", "2025-09-01"),
            Traject(Guid.NewGuid(), SboTynaarlo, aanbieder, "A", "2025-09-01"),
            Traject(Guid.NewGuid(), VoTynaarlo, aanbieder, "A", "2026-03-01"),
            Traject(Guid.NewGuid(), BaoTynaarlo, aanbieder, "A", "2025-09-01", Zwaarte.Zwaar),
            Traject(beeindigd, BaoTynaarlo, aanbieder, "A", "2025-09-01", Zwaarte.Zwaar), TrajectEinde(beeindigd, "2026-03-01"),
            Traject(Guid.NewGuid(), BaoTynaarlo, aanbieder, "A", "2026-03-02", Zwaarte.Zwaar),
            Traject(Guid.NewGuid(), BaoAssen, aanbieder, "A", "2025-09-01", Zwaarte.Zwaar)).Trajecten;

        Assert.Equal((4, 3, 1, 75.0m), (trajecten.Actief, trajecten.Licht, trajecten.Zwaar, trajecten.AandeelLicht));
    }
}

using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Values;
using static Agenda.Domein.Tests.Maak;
using static Agenda.Domein.Tests.TestRegister;

namespace Agenda.Domein.Tests.Kpis;

/// <summary>The school year's count: cases open on 1 August plus those starting from then, up to the peildatum.</summary>
public class JaartellingTests
{
    private static readonly Scope GemeenteTynaarlo = Scope.Gemeente(Tynaarlo);

    private static IAgendaEvent[] Zaken()
    {
        Guid a = Guid.NewGuid(), b = Guid.NewGuid(), c = Guid.NewGuid(), d = Guid.NewGuid(), e = Guid.NewGuid(), f = Guid.NewGuid(), g = Guid.NewGuid();
        return
        [
            Gemeld(a, Tynaarlo, null, "2025-06-01"),                                                // open on 1 August
            Gemeld(b, Tynaarlo, null, "2025-06-01"), Beeindigd(b, Tynaarlo, null, "2025-07-15"),   // closed before
            Gemeld(c, Tynaarlo, null, "2025-06-01"), Beeindigd(c, Tynaarlo, null, "2025-08-01"),   // no longer open on 1 August
            Gemeld(d, Tynaarlo, null, "2025-07-01"), Beeindigd(d, Tynaarlo, null, "2025-08-02"),   // open on 1 August
            Gemeld(e, Tynaarlo, null, "2025-10-01", SoortVerzuim.Absoluut),                          // starts during the year
            Gemeld(f, Tynaarlo, null, "2026-03-02"),                                                // after the peildatum
            Gemeld(g, Tynaarlo, null, "2026-03-01"),                                                // on the peildatum
        ];
    }

    [Fact]
    public void The_count_takes_cases_open_on_1_August_and_those_starting_up_to_the_peildatum_per_kind()
    {
        var telling = KpisVan(GemeenteTynaarlo, "2026-03-01", Zaken()).Jaartelling;

        Assert.Equal(("2025-2026", 4, 1, 3), (telling.Schooljaar, telling.Totaal, telling.Absoluut, telling.LangdurigRelatief));
        // On 5,270 young people: 4000/5270 = 0.76, 1000/5270 = 0.19, 3000/5270 = 0.57.
        Assert.Equal((0.8m, 0.2m, 0.6m), (telling.TotaalPerDuizend, telling.AbsoluutPerDuizend, telling.LangdurigRelatiefPerDuizend));
    }

    [Fact]
    public void On_31_July_the_old_school_year_counts_and_on_1_August_the_new_one_starts()
    {
        var zaken = Zaken();
        var oud = KpisVan(GemeenteTynaarlo, "2025-07-31", zaken).Jaartelling;
        var nieuw = KpisVan(GemeenteTynaarlo, "2025-08-01", zaken).Jaartelling;

        Assert.Equal(("2024-2025", 4, 0.8m), (oud.Schooljaar, oud.Totaal, oud.TotaalPerDuizend)); // a, b, c, d on 5,000
        Assert.Equal(("2025-2026", 2, 0.4m), (nieuw.Schooljaar, nieuw.Totaal, nieuw.TotaalPerDuizend)); // a, d on 5,270
    }

    [Fact]
    public void A_transferred_case_counts_in_the_year_of_each_municipality_it_lived_in_and_once_for_the_region()
    {
        var zaak = Guid.NewGuid();
        IAgendaEvent[] events = [Gemeld(zaak, Tynaarlo, null, "2025-09-01"), Overgedragen(zaak, Tynaarlo, Assen, "2025-11-01")];

        Assert.Equal(1, KpisVan(GemeenteTynaarlo, "2026-03-01", events).Jaartelling.Totaal);
        Assert.Equal(1, KpisVan(Scope.Gemeente(Assen), "2026-03-01", events).Jaartelling.Totaal);
        Assert.Equal(1, KpisVan(Scope.Regio("22.01"), "2026-03-01", events).Jaartelling.Totaal);
        Assert.Equal(0, KpisVan(Scope.Gemeente(Assen), "2025-10-01", events).Jaartelling.Totaal);
    }
}

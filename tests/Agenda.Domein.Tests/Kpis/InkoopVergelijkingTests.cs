using Agenda.Domein.Kpis;
using Ontwikkelagenda.Contracts.Events;
using static Agenda.Domein.Tests.Maak;
using static Agenda.Domein.Tests.TestRegister;

namespace Agenda.Domein.Tests.Kpis;

public class InkoopVergelijkingTests
{
    private static readonly Guid Accare = Guid.NewGuid(), Yorneo = Guid.NewGuid(), Enopsy = Guid.NewGuid(), Mee = Guid.NewGuid(), Oud = Guid.NewGuid();

    private static Ontwikkelagenda.Contracts.Inkoop.InkoopVergelijking Vergelijking(params IAgendaEvent[] extra)
    {
        var registratie = Aanbieder(Accare, "Acare");
        IAgendaEvent[] events =
        [
            registratie, Aanbieder(Accare, "Accare") with { Corrigeert = registratie.EventId },
            Contract(Guid.NewGuid(), Accare, "Accare (contract)", null, "2025-01-01"),        // subregion: all four
            Contract(Guid.NewGuid(), Yorneo, "Yorneo", Tynaarlo, "2025-01-01"),                 // one
            Contract(Guid.NewGuid(), Enopsy, "Enopsy", Assen, "2025-01-01"),                    // one
            Contract(Guid.NewGuid(), Mee, "MEE Drenthe", Tynaarlo, "2025-01-01"),
            Contract(Guid.NewGuid(), Mee, "MEE Drenthe", Assen, "2025-01-01"),                  // two: neither all four nor one
            Contract(Guid.NewGuid(), Oud, "Oud", Tynaarlo, "2024-01-01", "2025-01-01"),          // ended: no overlap entry
            Traject(Guid.NewGuid(), BaoTynaarlo, Accare, "Accare (traject)", "2025-09-01"),
            Traject(Guid.NewGuid(), BaoTynaarlo, Yorneo, "Yorneo", "2025-09-01"),
            Traject(Guid.NewGuid(), BaoTynaarlo, Enopsy, "Enopsy", "2025-09-01"),
            .. extra,
        ];
        return InkoopVergelijkingCalculator.Bereken(FeitenVan(events), TestRegister.Data, D("2026-03-01"));
    }

    [Fact]
    public void Every_register_school_is_listed_also_without_providers()
    {
        var perSchool = Vergelijking().PerSchool;

        Assert.Equal([BaoTynaarlo, SboTynaarlo, VoTynaarlo, BaoAssen, SoAssen], perSchool.Select(s => s.Brin));
        Assert.Empty(perSchool.Single(s => s.Brin == SoAssen).Aanbieders);
        var bao = perSchool.Single(s => s.Brin == BaoTynaarlo);
        Assert.Equal((3, true, Tynaarlo), (bao.Aanbieders.Count, bao.BovenNorm, bao.Gemeente)); // norm 2
    }

    [Fact]
    public void Providers_for_all_four_and_for_one_count_only_providers_with_an_active_contract()
    {
        var vergelijking = Vergelijking();

        Assert.Equal((1, 2), (vergelijking.VoorAlleVier, vergelijking.VoorEen));
        Assert.Equal(4, vergelijking.Overlap.Count); // Accare, Yorneo, Enopsy, MEE; not the ended contract
        Assert.Equal([Assen, Tynaarlo], vergelijking.Overlap.Single(o => o.Aanbieder.AanbiederId == Mee).Gemeenten.Order());
    }

    [Fact]
    public void Per_municipality_lists_own_and_subregion_providers()
    {
        var perGemeente = Vergelijking().PerGemeente;

        Assert.Equal(["Accare", "MEE Drenthe", "Yorneo"], perGemeente.Single(g => g.Gemeente == Tynaarlo).Aanbieders.Select(a => a.Naam));
        Assert.Equal(["Accare"], perGemeente.Single(g => g.Gemeente == AaEnHunze).Aanbieders.Select(a => a.Naam));
    }

    [Fact]
    public void A_providers_name_comes_from_its_registration_else_from_the_contract_or_trajectory()
    {
        var vergelijking = Vergelijking(Traject(Guid.NewGuid(), BaoAssen, Guid.NewGuid(), "Buro Einstein", "2025-09-01"));

        Assert.Equal("Accare", vergelijking.Overlap.Single(o => o.Aanbieder.AanbiederId == Accare).Aanbieder.Naam);
        Assert.Contains(vergelijking.PerSchool.Single(s => s.Brin == BaoTynaarlo).Aanbieders, a => a.Naam == "Accare");
        Assert.Equal("Yorneo", vergelijking.Overlap.Single(o => o.Aanbieder.AanbiederId == Yorneo).Aanbieder.Naam);
        Assert.Equal("Buro Einstein", Assert.Single(vergelijking.PerSchool.Single(s => s.Brin == BaoAssen).Aanbieders).Naam);
    }
}

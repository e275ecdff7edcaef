using Ontwikkelagenda.Contracts.Values;
using static Agenda.Domein.Tests.Maak;
using static Agenda.Domein.Tests.TestRegister;

namespace Agenda.Domein.Tests.Feiten;

public class ScopeFeitenTests
{
    private readonly Guid _zaak = Guid.NewGuid();

    [Fact]
    public void An_event_applied_twice_is_new_only_the_first_time()
    {
        var feiten = FeitenVan();
        var gemeld = Gemeld(_zaak, Tynaarlo, null, "2025-09-01");

        Assert.True(feiten.Apply(gemeld));
        Assert.False(feiten.Apply(gemeld));
        Assert.Single(feiten.Thuiszitters);
    }

    [Fact]
    public void An_entity_is_known_from_its_first_event_even_a_closing()
    {
        var feiten = FeitenVan();
        Assert.False(feiten.Kent(_zaak));

        feiten.Apply(Beeindigd(_zaak, Tynaarlo, null, "2025-10-01"));

        Assert.True(feiten.Kent(_zaak));
    }

    [Fact]
    public void A_closing_that_arrives_before_the_report_closes_the_case_once_the_report_arrives()
    {
        var gemeld = Gemeld(_zaak, Tynaarlo, null, "2025-09-01");
        var beeindigd = Beeindigd(_zaak, Tynaarlo, null, "2025-10-01");
        var feiten = FeitenVan(beeindigd);
        Assert.Null(Assert.Single(feiten.Thuiszitters).Startdatum); // known, counts nowhere yet

        feiten.Apply(gemeld);

        var zaak = Assert.Single(feiten.Thuiszitters);
        Assert.Equal((D("2025-09-01"), D("2025-10-01")), (zaak.Startdatum, zaak.Einddatum));
    }

    [Fact]
    public void A_correction_replaces_the_values_of_the_report()
    {
        var gemeld = Gemeld(_zaak, Tynaarlo, null, "2025-09-01");
        var correctie = Gemeld(_zaak, Assen, BaoAssen, "2025-09-15") with { Corrigeert = gemeld.EventId };

        var zaak = Assert.Single(FeitenVan(gemeld, correctie).Thuiszitters);

        Assert.Equal((Assen, BaoAssen, D("2025-09-15")), (zaak.Gemeente, zaak.Brin, zaak.Startdatum));
    }

    [Fact]
    public void A_correction_that_arrives_before_its_original_still_wins()
    {
        var gemeld = Gemeld(_zaak, Tynaarlo, null, "2025-09-01");
        var correctie = Gemeld(_zaak, Tynaarlo, null, "2025-09-15") with { Corrigeert = gemeld.EventId };

        Assert.Equal(D("2025-09-15"), Assert.Single(FeitenVan(correctie, gemeld).Thuiszitters).Startdatum);
    }

    [Fact]
    public void Withdrawing_the_report_removes_the_case_from_every_count()
    {
        var gemeld = Gemeld(_zaak, Tynaarlo, null, "2025-09-01");

        var kpis = KpisVan(Scope.Gemeente(Tynaarlo), "2025-10-01", gemeld, Intrekking(_zaak, gemeld.EventId));

        Assert.Equal(0, kpis.Thuiszitters.Open);
        Assert.Equal(0, kpis.Jaartelling.Totaal);
        Assert.Equal(0, kpis.Regie.OpenCasussen);
    }

    [Fact]
    public void Withdrawing_a_closing_opens_the_case_again()
    {
        var beeindigd = Beeindigd(_zaak, Tynaarlo, null, "2025-10-01");

        var kpis = KpisVan(Scope.Gemeente(Tynaarlo), "2025-11-01",
            Gemeld(_zaak, Tynaarlo, null, "2025-09-01"), beeindigd, Intrekking(_zaak, beeindigd.EventId));

        Assert.Equal(1, kpis.Thuiszitters.Open);
        Assert.Equal(0, kpis.Thuiszitters.Afgesloten);
    }

    [Fact]
    public void Withdrawing_a_corrected_report_by_its_newest_version_removes_the_case()
    {
        var gemeld = Gemeld(_zaak, Tynaarlo, null, "2025-09-01");
        var correctie = Gemeld(_zaak, Tynaarlo, null, "2025-09-15") with { Corrigeert = gemeld.EventId };

        var feiten = FeitenVan(gemeld, correctie, Intrekking(_zaak, correctie.EventId));

        Assert.Empty(feiten.Thuiszitters);
    }

    [Fact]
    public void Withdrawing_a_corrected_report_by_its_first_version_removes_the_case_too()
    {
        var gemeld = Gemeld(_zaak, Tynaarlo, null, "2025-09-01");
        var correctie = Gemeld(_zaak, Tynaarlo, null, "2025-09-15") with { Corrigeert = gemeld.EventId };

        var feiten = FeitenVan(Intrekking(_zaak, gemeld.EventId), correctie, gemeld);

        Assert.Empty(feiten.Thuiszitters);
    }

    [Fact]
    public void A_late_correction_of_an_earlier_end_keeps_that_ends_place_so_the_later_end_still_holds()
    {
        var contract = Guid.NewGuid();
        var eersteEinde = ContractEinde(contract, "2026-01-01");
        var tweedeEinde = ContractEinde(contract, "2026-03-01");
        var correctie = ContractEinde(contract, "2025-12-01") with { Corrigeert = eersteEinde.EventId };

        var feiten = FeitenVan(Contract(contract, Guid.NewGuid(), "Accare", Tynaarlo, "2025-01-01"), eersteEinde, tweedeEinde, correctie);

        Assert.Equal(D("2026-03-01"), Assert.Single(feiten.Contracten).Einddatum);
    }

    [Fact]
    public void A_providers_name_follows_its_corrected_registration()
    {
        var aanbieder = Guid.NewGuid();
        var geregistreerd = Aanbieder(aanbieder, "Acare");

        var feiten = FeitenVan(geregistreerd, Aanbieder(aanbieder, "Accare") with { Corrigeert = geregistreerd.EventId });

        Assert.Equal("Accare", feiten.Aanbieder(aanbieder)!.Naam);
    }

    [Fact]
    public void Reports_keep_their_history_with_corrected_and_withdrawn_ones_flagged()
    {
        var eerste = Guid.NewGuid();
        var tweede = Guid.NewGuid();
        var rapport = Rapport(eerste, 1, DoelStatus.Achter, "2025-09-01");
        var correctie = Rapport(eerste, 1, DoelStatus.AandachtNodig, "2025-09-01") with { Corrigeert = rapport.EventId };
        var ander = Rapport(tweede, 2, DoelStatus.OpKoers, "2025-10-01");

        var rapporten = FeitenVan(ander, correctie, rapport, Intrekking(tweede, ander.EventId)).Voortgangsrapporten;

        Assert.Equal(3, rapporten.Count);
        Assert.Equal(correctie.EventId, rapporten.Single(r => r.EventId == rapport.EventId).GecorrigeerdDoor);
        Assert.Null(rapporten.Single(r => r.EventId == correctie.EventId).GecorrigeerdDoor);
        Assert.True(rapporten.Single(r => r.EventId == ander.EventId).Ingetrokken);
        Assert.Equal(tweede, rapporten[^1].RapportId); // oldest first
    }

    [Fact]
    public void A_withdrawn_corrected_report_shows_both_versions_as_withdrawn()
    {
        var id = Guid.NewGuid();
        var rapport = Rapport(id, 1, DoelStatus.Achter, "2025-09-01");
        var correctie = Rapport(id, 1, DoelStatus.OpKoers, "2025-09-01") with { Corrigeert = rapport.EventId };

        var rapporten = FeitenVan(rapport, correctie, Intrekking(id, correctie.EventId)).Voortgangsrapporten;

        Assert.All(rapporten, r => Assert.True(r.Ingetrokken));
        Assert.Equal(2, rapporten.Count);
    }

    [Fact]
    public void Applying_an_event_of_one_entity_leaves_the_facts_of_the_others_as_they_were()
    {
        var ander = Guid.NewGuid();
        var feiten = FeitenVan(Gemeld(_zaak, Tynaarlo, null, "2025-09-01"), Gemeld(ander, Assen, null, "2025-09-02"));
        var voor = feiten.Thuiszitters.Single(z => z.ZaakId == ander);

        feiten.Apply(Beeindigd(_zaak, Tynaarlo, null, "2025-10-01"));

        Assert.Same(voor, feiten.Thuiszitters.Single(z => z.ZaakId == ander));
        Assert.Equal(D("2025-10-01"), feiten.Thuiszitters.Single(z => z.ZaakId == _zaak).Einddatum);
    }
}

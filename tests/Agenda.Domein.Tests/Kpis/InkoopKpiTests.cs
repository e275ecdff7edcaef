using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Values;
using static Agenda.Domein.Tests.Maak;
using static Agenda.Domein.Tests.TestRegister;

namespace Agenda.Domein.Tests.Kpis;

/// <summary>Providers under active contract per municipality and region; providers per school against the norm (2 in the test agenda).</summary>
public class InkoopKpiTests
{
    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid(), C = Guid.NewGuid(), D2 = Guid.NewGuid(), E = Guid.NewGuid();

    private static IAgendaEvent[] Contracten() =>
    [
        Contract(Guid.NewGuid(), A, "A", Tynaarlo, "2025-01-01"),
        Contract(Guid.NewGuid(), A, "A", Tynaarlo, "2025-06-01"),           // second contract, same provider
        Contract(Guid.NewGuid(), B, "B", null, "2025-01-01"),               // subregion: counts for all four
        Contract(Guid.NewGuid(), C, "C", Assen, "2025-01-01"),
        Contract(Guid.NewGuid(), D2, "D", Tynaarlo, "2025-01-01", "2025-12-01"), // ended
        Contract(Guid.NewGuid(), E, "E", Tynaarlo, "2026-06-01"),           // not yet started
    ];

    [Theory]
    [InlineData(ScopeSoort.Gemeente, Tynaarlo, 2)]
    [InlineData(ScopeSoort.Gemeente, Assen, 2)]
    [InlineData(ScopeSoort.Gemeente, MiddenDrenthe, 1)]
    [InlineData(ScopeSoort.Regio, "22.01", 3)]
    public void Providers_under_active_contract_count_own_and_subregion_contracts_once_each(ScopeSoort soort, string sleutel, int verwacht)
    {
        Assert.Equal(verwacht, KpisVan(new Scope(soort, sleutel), "2026-03-01", Contracten()).Inkoop.AanbiedersOnderContract);
    }

    [Fact]
    public void A_municipality_without_contracts_has_zero_providers()
    {
        Assert.Equal(0, KpisVan(Scope.Gemeente(AaEnHunze), "2026-03-01", Contract(Guid.NewGuid(), A, "A", Tynaarlo, "2025-01-01")).Inkoop.AanbiedersOnderContract);
    }

    [Fact]
    public void Schools_and_SWVs_have_no_contract_count()
    {
        Assert.Null(KpisVan(Scope.School(BaoTynaarlo), "2026-03-01", Contracten()).Inkoop.AanbiedersOnderContract);
        Assert.Null(KpisVan(Scope.Swv("PO2201"), "2026-03-01", Contracten()).Inkoop.AanbiedersOnderContract);
    }

    private static IAgendaEvent[] Trajecten() =>
    [
        Traject(Guid.NewGuid(), BaoTynaarlo, A, "A", "2025-06-01"),
        Traject(Guid.NewGuid(), BaoTynaarlo, A, "A", "2025-06-01"), // same provider twice counts once
        Traject(Guid.NewGuid(), BaoTynaarlo, B, "B", "2025-06-01"),
        Traject(Guid.NewGuid(), BaoTynaarlo, C, "C", "2025-06-01"),
        Traject(Guid.NewGuid(), BaoAssen, A, "A", "2025-06-01"),
        Traject(Guid.NewGuid(), BaoAssen, B, "B", "2025-06-01"),
        .. Beeindigd(Traject(Guid.NewGuid(), BaoAssen, C, "C", "2025-06-01"), "2026-01-01"),
    ];

    private static IAgendaEvent[] Beeindigd(TrajectGestart traject, string eind) => [traject, TrajectEinde(traject.TrajectId, eind)];

    [Fact]
    public void A_school_counts_distinct_providers_with_active_trajectories()
    {
        var inkoop = KpisVan(Scope.School(BaoTynaarlo), "2026-03-01", Trajecten()).Inkoop;

        Assert.Equal((3, 2, 1, 1, 3), (inkoop.AanbiedersBijSchool, inkoop.NormPerSchool, inkoop.ScholenMetTrajecten, inkoop.ScholenBovenNorm, inkoop.MaxAanbiedersPerSchool));
    }

    [Fact]
    public void Schools_above_the_norm_count_over_the_schools_of_the_scope()
    {
        var regio = KpisVan(Scope.Regio("22.01"), "2026-03-01", Trajecten()).Inkoop;
        var assen = KpisVan(Scope.Gemeente(Assen), "2026-03-01", Trajecten()).Inkoop;

        Assert.Equal((2, 1, 3), (regio.ScholenMetTrajecten, regio.ScholenBovenNorm, regio.MaxAanbiedersPerSchool));
        Assert.Equal((1, 0, 2), (assen.ScholenMetTrajecten, assen.ScholenBovenNorm, assen.MaxAanbiedersPerSchool)); // the ended trajectory no longer counts
    }

    [Fact]
    public void The_norm_is_that_of_the_agenda_version_at_the_peildatum()
    {
        var inkoop = KpisVan(Scope.Regio("22.01"), "2025-07-31", Trajecten()).Inkoop; // agenda 2016-2018: norm 6

        Assert.Equal((6, 0), (inkoop.NormPerSchool, inkoop.ScholenBovenNorm));
    }

    [Fact]
    public void A_school_without_trajectories_has_zero_providers_and_no_light_share()
    {
        var kpis = KpisVan(Scope.School(SboTynaarlo), "2026-03-01", Trajecten());

        Assert.Equal((0, 0, 0), (kpis.Inkoop.AanbiedersBijSchool, kpis.Inkoop.ScholenMetTrajecten, kpis.Inkoop.MaxAanbiedersPerSchool));
        Assert.Equal(0, kpis.Trajecten.Actief);
        Assert.Null(kpis.Trajecten.AandeelLicht);
    }
}

using Agenda.Domein.Kpis;
using Ontwikkelagenda.Contracts.Kpis;
using Ontwikkelagenda.Contracts.Values;
using static Agenda.Domein.Tests.Maak;
using static Agenda.Domein.Tests.TestRegister;

namespace Agenda.Domein.Tests.Kpis;

/// <summary>A scope grain's answers come from its cache until a new event or new region reports make them stale.</summary>
public sealed class ScopeStandTests
{
    private static readonly DateOnly Peildatum = D("2026-03-01");
    private readonly ScopeStand _tynaarlo = new(Scope.Gemeente(Tynaarlo), TestRegister.Data);

    [Fact]
    public void While_nothing_changes_the_same_answer_is_given_again()
    {
        _tynaarlo.Apply(Gemeld(Guid.NewGuid(), Tynaarlo, BaoTynaarlo, "2025-10-01"));

        Assert.Same(_tynaarlo.Cijfers(Peildatum), _tynaarlo.Cijfers(Peildatum));
    }

    [Fact]
    public void A_new_event_makes_the_cached_answer_stale()
    {
        _tynaarlo.Apply(Gemeld(Guid.NewGuid(), Tynaarlo, BaoTynaarlo, "2025-10-01"));
        var voor = _tynaarlo.Cijfers(Peildatum);

        Assert.True(_tynaarlo.Apply(Gemeld(Guid.NewGuid(), Tynaarlo, null, "2025-11-01")));

        Assert.Equal((1, 2), (voor.Thuiszitters.Open, _tynaarlo.Cijfers(Peildatum).Thuiszitters.Open));
    }

    [Fact]
    public void An_event_seen_before_changes_neither_the_version_nor_the_answer()
    {
        var gemeld = Gemeld(Guid.NewGuid(), Tynaarlo, BaoTynaarlo, "2025-10-01");
        _tynaarlo.Apply(gemeld);
        var voor = _tynaarlo.Cijfers(Peildatum);

        Assert.False(_tynaarlo.Apply(gemeld));

        Assert.Equal(1, _tynaarlo.Versie);
        Assert.Same(voor, _tynaarlo.Cijfers(Peildatum));
    }

    [Fact]
    public void New_region_reports_make_the_cached_answer_stale()
    {
        var voor = _tynaarlo.Cijfers(Peildatum);
        var rapport = Rapport(Guid.NewGuid(), 5, DoelStatus.Achter, "2026-02-01");

        Assert.True(_tynaarlo.ZetRegioRapporten(new RegioRapporten(1, [Voortgang(rapport)])));

        Assert.Null(Doel5(voor).RapportStatus);
        Assert.Equal(DoelStatus.Achter, Doel5(_tynaarlo.Cijfers(Peildatum)).RapportStatus);
    }

    [Fact]
    public void Region_reports_older_than_those_held_are_ignored()
    {
        var nieuw = Voortgang(Rapport(Guid.NewGuid(), 5, DoelStatus.OpKoers, "2026-02-01"));
        var oud = Voortgang(Rapport(Guid.NewGuid(), 5, DoelStatus.Achter, "2026-01-01"));
        _tynaarlo.ZetRegioRapporten(new RegioRapporten(7, [oud, nieuw]));
        var voor = _tynaarlo.Cijfers(Peildatum);

        Assert.False(_tynaarlo.ZetRegioRapporten(new RegioRapporten(6, [oud])));
        Assert.False(_tynaarlo.ZetRegioRapporten(new RegioRapporten(7, [oud, nieuw])));

        Assert.Same(voor, _tynaarlo.Cijfers(Peildatum));
        Assert.Equal(DoelStatus.OpKoers, Doel5(voor).RapportStatus);
    }

    [Fact]
    public void The_region_s_own_reports_count_without_being_told()
    {
        var regio = new ScopeStand(Scope.Regio(RegioGemeenten.Regiocode), TestRegister.Data, eigenRapporten: true);
        var voor = regio.Cijfers(Peildatum);

        regio.Apply(Rapport(Guid.NewGuid(), 5, DoelStatus.AandachtNodig, "2026-02-01"));

        Assert.Null(Doel5(voor).RapportStatus);
        Assert.Equal(DoelStatus.AandachtNodig, Doel5(regio.Cijfers(Peildatum)).RapportStatus);
    }

    [Fact]
    public void The_cache_holds_a_few_peildatums_and_drops_the_least_recently_read()
    {
        var cache = new CijferCache(capaciteit: 2);
        var berekend = new List<DateOnly>();
        ScopeCijfers Lees(string datum) => cache.Geef(D(datum), versie: 1, rapportenVersie: 0, () =>
        {
            berekend.Add(D(datum));
            return KpisVan(Scope.Gemeente(Tynaarlo), datum);
        });

        Lees("2026-01-01");
        Lees("2026-02-01");
        Lees("2026-01-01"); // read again: now the most recent
        Lees("2026-03-01"); // drops 2026-02-01
        Lees("2026-01-01");
        Lees("2026-02-01");

        Assert.Equal(2, cache.Aantal);
        Assert.Equal([D("2026-01-01"), D("2026-02-01"), D("2026-03-01"), D("2026-02-01")], berekend);
    }

    private static Voortgangsrapport Voortgang(Ontwikkelagenda.Contracts.Events.VoortgangGerapporteerd r) =>
        new(r.RapportId, r.EventId, r.Doel, r.Status, r.Toelichting, r.Datum, r.Organisatie, r.NaamRapporteur, r.RolRapporteur, null, false);

    private static DoelStand Doel5(ScopeCijfers cijfers) => cijfers.Doelen.Single(d => d.Nummer == 5);
}

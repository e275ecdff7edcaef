using System.Text.Json;
using Agenda.Domein.Feiten;
using Agenda.Domein.Kpis;
using Agenda.Domein.Routering;
using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Kpis;
using Ontwikkelagenda.Contracts.Values;
using static Agenda.Domein.Tests.Maak;
using static Agenda.Domein.Tests.TestRegister;

namespace Agenda.Domein.Tests.Kpis;

/// <summary>
/// The property behind the grains' speed (issue 12): what a scope grain answers, applying events one by one in the
/// order they arrive (shuffled, duplicated) and serving cached answers between, is exactly what a fresh full fold of
/// the same events gives: every KPI, every goal, at several peildatums, for every scope of the register, and the
/// region's reports reaching the other scopes late and out of order.
/// </summary>
public sealed class IncrementeelGelijkAanVolledigTests
{
    private static readonly DateOnly[] Peildatums = [D("2024-12-31"), D("2025-08-01"), D("2025-11-15"), D("2026-03-01"), D("2026-07-31")];

    private static readonly Scope Regio = Scope.Regio(RegioGemeenten.Regiocode);

    private static readonly IReadOnlyList<Scope> Scopes =
    [
        Regio,
        .. Register.Gemeenten.Select(g => Scope.Gemeente(g.Code)),
        .. Register.Samenwerkingsverbanden.Select(s => Scope.Swv(s.Code)),
        .. Register.Scholen.Select(s => Scope.School(s.Brin)),
        Scope.School("99ZZ"),
    ];

    public static TheoryData<int> Seeds() => new(Enumerable.Range(1, 150));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_grain_s_answers_equal_a_full_fold_at_every_step(int seed)
    {
        var geschiedenis = new Geschiedenis(seed);
        var random = new Random(seed);
        var routes = Routes(geschiedenis.Events);
        var standen = Scopes.ToDictionary(s => s, s => new ScopeStand(s, TestRegister.Data, eigenRapporten: s == Regio));
        var ontvangen = Scopes.ToDictionary(s => s, _ => new HashSet<Guid>());
        var gedeeld = new RegioRapporten(0, []);
        var eerderGedeeld = new List<RegioRapporten>();

        foreach (var agendaEvent in geschiedenis.Aankomst)
        {
            foreach (var scope in routes[agendaEvent.EventId])
            {
                standen[scope].Apply(agendaEvent);
                ontvangen[scope].Add(agendaEvent.EventId);
            }

            if (random.NextDouble() < 0.2)
            {
                // The region tells the others of its reports; sometimes an older message overtakes a newer one.
                eerderGedeeld.Add(gedeeld);
                gedeeld = new RegioRapporten(standen[Regio].Versie, standen[Regio].Feiten.Voortgangsrapporten);
                foreach (var stand in standen.Values) stand.ZetRegioRapporten(gedeeld);
            }
            if (random.NextDouble() < 0.1 && eerderGedeeld.Count > 0)
            {
                var oud = eerderGedeeld[random.Next(eerderGedeeld.Count)];
                foreach (var stand in standen.Values) stand.ZetRegioRapporten(oud);
            }

            for (var i = random.Next(3); i > 0; i--)
            {
                var scope = Scopes[random.Next(Scopes.Count)];
                var peildatum = Peildatums[random.Next(Peildatums.Length)];
                AssertGelijk(Volledig(scope, geschiedenis.Events, ontvangen[scope], gedeeld.Rapporten, peildatum),
                    standen[scope].Cijfers(peildatum), $"seed {seed}, {scope}, {peildatum:yyyy-MM-dd}, na {ontvangen[scope].Count} events");
            }
        }

        gedeeld = new RegioRapporten(standen[Regio].Versie, standen[Regio].Feiten.Voortgangsrapporten);
        foreach (var stand in standen.Values) stand.ZetRegioRapporten(gedeeld);
        foreach (var scope in Scopes)
        {
            foreach (var peildatum in Peildatums)
            {
                AssertGelijk(Volledig(scope, geschiedenis.Events, ontvangen[scope], gedeeld.Rapporten, peildatum),
                    standen[scope].Cijfers(peildatum), $"seed {seed}, {scope}, {peildatum:yyyy-MM-dd}, alles");
            }
        }
    }

    [Fact]
    public void The_histories_hold_every_kind_of_change_the_property_is_about()
    {
        // Guards the guard: the seeds above really contain corrections, withdrawals, transfers, duplicates and
        // events arriving before the ones they follow.
        var geschiedenissen = Enumerable.Range(1, 150).Select(seed => new Geschiedenis(seed)).ToList();
        var events = geschiedenissen.SelectMany(g => g.Events).ToList();

        Assert.Contains(events, e => e is ICorrigeerbaarEvent { Corrigeert: not null });
        Assert.Contains(events, e => e is MeldingIngetrokken);
        Assert.Contains(events, e => e is ThuiszitterOvergedragen);
        Assert.Contains(events, e => e is ThuiszitterGemeld g && events.Any(c => c is ThuiszitterGemeld h && h.Corrigeert == g.EventId && h.Gemeente != g.Gemeente));
        Assert.Contains(events, e => e is VoortgangGerapporteerd);
        Assert.Contains(geschiedenissen, g => g.Aankomst.Count > g.Events.Count);
        Assert.Contains(geschiedenissen, g => g.Aankomst.IndexOf(g.Events.OfType<ThuiszitterBeeindigd>().FirstOrDefault()!) is >= 0 and var einde
            && einde < g.Aankomst.FindIndex(e => e is ThuiszitterGemeld z && z.ZaakId == ((ThuiszitterBeeindigd)g.Aankomst[einde]).ZaakId));
        // And the figures are not trivially empty.
        Assert.Contains(geschiedenissen, g => Volledig(Regio, g.Events, g.Events.Select(e => e.EventId).ToHashSet(), [], Peildatums[3]).Thuiszitters.Open > 0);
    }

    /// <summary>Per event, the scopes of its entity (as the event store routes): those any event of the entity concerns.</summary>
    private static Dictionary<Guid, IReadOnlyList<Scope>> Routes(IReadOnlyList<IAgendaEvent> events)
    {
        var perEntiteit = events.OfType<IEntiteitEvent>().GroupBy(e => e.EntiteitId)
            .ToDictionary(g => g.Key, g => g.SelectMany(e => EventRoute.ScopesFor((IAgendaEvent)e, Register)).Distinct().ToList());
        return events.ToDictionary(e => e.EventId, e => (IReadOnlyList<Scope>)(e is IEntiteitEvent entiteit
            ? perEntiteit[entiteit.EntiteitId]
            : EventRoute.ScopesFor(e, Register)));
    }

    /// <summary>The reference: a fresh fold of every event the scope received, in the order they were made.</summary>
    private static ScopeCijfers Volledig(Scope scope, IReadOnlyList<IAgendaEvent> events, HashSet<Guid> ontvangen, IReadOnlyList<Voortgangsrapport> regioRapporten, DateOnly peildatum)
    {
        var feiten = new ScopeFeiten();
        foreach (var agendaEvent in events.Where(e => ontvangen.Contains(e.EventId))) feiten.Apply(agendaEvent);
        return ScopeKpiCalculator.Bereken(scope, feiten, TestRegister.Data, scope == Regio ? feiten.Voortgangsrapporten : regioRapporten, peildatum);
    }

    // Records holding lists compare those by reference: compare every value as JSON.
    private static void AssertGelijk(ScopeCijfers verwacht, ScopeCijfers gekregen, string waar) =>
        Assert.True(JsonSerializer.Serialize(verwacht) == JsonSerializer.Serialize(gekregen),
            $"{waar}:\nvolledig:     {JsonSerializer.Serialize(verwacht)}\nincrementeel: {JsonSerializer.Serialize(gekregen)}");
}

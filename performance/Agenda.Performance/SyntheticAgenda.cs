using Agenda.Domein.Referentie;
using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Values;

namespace Agenda.Performance;

/// <summary>
/// A region-sized, reproducible event history: thuiszitter cases (a third closed), providers with subregion
/// contracts, trajectories at register schools. Fixed seed, so every run measures the same work.
/// </summary>
public static class SyntheticAgenda
{
    private static readonly DateOnly Begin = new(2023, 8, 1);
    private static readonly DateTimeOffset Moment = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<IAgendaEvent> Events(Referentiedata register, int cases, int providers, int trajectories)
    {
        var random = new Random(2201);
        var events = new List<IAgendaEvent>();
        var scholen = register.Scholen;

        for (var i = 0; i < cases; i++)
        {
            var zaakId = Guid.NewGuid();
            var school = scholen[random.Next(scholen.Count)];
            var gemeente = GemeenteCode.Parse(school.Gemeente);
            var brin = Brin.Parse(school.Brin);
            var start = Begin.AddDays(random.Next(900));
            events.Add(new ThuiszitterGemeld(Guid.NewGuid(), Moment, "bench", zaakId, $"bench-{i}", gemeente, brin,
                SoortVerzuim.LangdurigRelatief, start));
            if (i % 3 == 0)
                events.Add(new ThuiszitterBeeindigd(Guid.NewGuid(), Moment, "bench", zaakId, gemeente, brin,
                    start.AddDays(20 + random.Next(150)), Uitkomst.TerugNaarSchool));
        }

        var aanbieders = Enumerable.Range(0, providers).Select(_ => Guid.NewGuid()).ToList();
        foreach (var (aanbiederId, index) in aanbieders.Select((id, index) => (id, index)))
        {
            events.Add(new AanbiederGeregistreerd(Guid.NewGuid(), Moment, "bench", aanbiederId, $"Aanbieder {index}", null));
            events.Add(new ContractGesloten(Guid.NewGuid(), Moment, "bench", Guid.NewGuid(), aanbiederId, $"Aanbieder {index}",
                Contractant.Subregio, index % 4 == 0 ? ContractSoort.Eed : ContractSoort.Jeugdhulp, "ambulant",
                ZorgKader.Jeugdwet, Begin, null, Bediening.Gemeentebreed));
        }

        for (var i = 0; i < trajectories; i++)
        {
            var school = scholen[random.Next(scholen.Count)];
            events.Add(new TrajectGestart(Guid.NewGuid(), Moment, "bench", Guid.NewGuid(), Brin.Parse(school.Brin),
                aanbieders[random.Next(aanbieders.Count)], "Aanbieder", i % 2 == 0 ? Zwaarte.Licht : Zwaarte.Zwaar,
                ZorgKader.Jeugdwet, Begin.AddDays(random.Next(900))));
        }
        return events;
    }
}

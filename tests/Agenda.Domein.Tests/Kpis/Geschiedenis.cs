using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Values;
using static Agenda.Domein.Tests.Maak;
using static Agenda.Domein.Tests.TestRegister;

namespace Agenda.Domein.Tests.Kpis;

/// <summary>
/// A random, seeded event history over the test register: cases (closed, transferred, corrected to another
/// municipality or school, deadlines, withdrawn), providers and contracts (ended, end corrected), trajectories,
/// referrals with treatment starts, complex cases with a director, partner reports (corrected, withdrawn), a school
/// outside the register now and then; and the order it arrives in: shuffled, with duplicates.
/// </summary>
public sealed class Geschiedenis
{
    private static readonly string[] Gemeenten = [Tynaarlo, Assen, AaEnHunze, MiddenDrenthe];
    private static readonly string?[] Scholen = [BaoTynaarlo, SboTynaarlo, VoTynaarlo, BaoAssen, SoAssen, null, "99ZZ"];
    private static readonly DateOnly Begin = D("2024-06-01");

    private readonly Random _random;
    private readonly List<IAgendaEvent> _events = [];

    public Geschiedenis(int seed)
    {
        _random = new Random(seed);
        for (var i = _random.Next(4, 14); i > 0; i--) Zaak();
        var aanbieders = Enumerable.Range(0, _random.Next(1, 4)).Select(_ => Aanbieder()).ToList();
        for (var i = _random.Next(0, 5); i > 0; i--) Contract(Kies(aanbieders));
        for (var i = _random.Next(0, 10); i > 0; i--) Traject(Kies(aanbieders));
        for (var i = _random.Next(0, 5); i > 0; i--) Verwijzing();
        for (var i = _random.Next(0, 5); i > 0; i--) ComplexeCasus();
        for (var i = _random.Next(0, 5); i > 0; i--) Voortgang();

        Aankomst = [.. _events.OrderBy(_ => _random.Next())];
        for (var i = _random.Next(0, 6); i > 0 && _events.Count > 0; i--)
            Aankomst.Insert(_random.Next(Aankomst.Count + 1), Kies(_events));
    }

    /// <summary>Every event once, in the order they were made.</summary>
    public IReadOnlyList<IAgendaEvent> Events => _events;

    /// <summary>The order of arrival: shuffled, some events twice.</summary>
    public List<IAgendaEvent> Aankomst { get; }

    private T Kies<T>(IReadOnlyList<T> uit) => uit[_random.Next(uit.Count)];

    private bool Kans(double kans) => _random.NextDouble() < kans;

    private string Datum(int vanaf = 0, int dagen = 800) => Begin.AddDays(vanaf + _random.Next(dagen)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static int Dag(string datum) => D(datum).DayNumber - Begin.DayNumber;

    private T Voeg<T>(T agendaEvent) where T : IAgendaEvent
    {
        _events.Add(agendaEvent);
        return agendaEvent;
    }

    private void Zaak()
    {
        var zaak = Guid.NewGuid();
        var gemeente = Kies(Gemeenten);
        var brin = Kies(Scholen);
        var start = Datum();
        var gemeld = Voeg(Gemeld(zaak, gemeente, brin, start, Kans(0.3) ? SoortVerzuim.Absoluut : SoortVerzuim.LangdurigRelatief));
        if (Kans(0.25)) Voeg(Gemeld(zaak, Kies(Gemeenten), Kies(Scholen), Datum()) with { Corrigeert = gemeld.EventId });
        if (Kans(0.3)) Voeg(Overgedragen(zaak, gemeente, Kies(Gemeenten), Datum(Dag(start), 200)));
        if (Kans(0.15)) Voeg(Termijn(zaak, gemeente, start, Datum(Dag(start) + 90, 30)));
        if (Kans(0.5))
        {
            var einde = Voeg(Beeindigd(zaak, gemeente, brin, Datum(Dag(start) + 1, 250), Kans(0.2) ? Uitkomst.Vrijstelling : Uitkomst.TerugNaarSchool));
            if (Kans(0.2)) Voeg(Intrekking(zaak, einde.EventId));
        }
        if (Kans(0.1)) Voeg(Intrekking(zaak, gemeld.EventId));
    }

    private Guid Aanbieder()
    {
        var aanbieder = Guid.NewGuid();
        var geregistreerd = Voeg(Maak.Aanbieder(aanbieder, "Aanbieder"));
        if (Kans(0.2)) Voeg(Maak.Aanbieder(aanbieder, "Andere naam") with { Corrigeert = geregistreerd.EventId });
        return aanbieder;
    }

    private void Contract(Guid aanbieder)
    {
        var contract = Guid.NewGuid();
        string[] scholen = Kans(0.5) ? [] : [Kies([BaoTynaarlo, BaoAssen, SoAssen, SboTynaarlo])];
        var start = Datum(0, 400);
        Voeg(Maak.Contract(contract, aanbieder, "Aanbieder", Kans(0.3) ? null : Kies(Gemeenten), start, null,
            Kans(0.5) ? ContractSoort.Eed : ContractSoort.Jeugdhulp, scholen));
        if (!Kans(0.4)) return;
        var einde = Voeg(ContractEinde(contract, Datum(Dag(start) + 30, 400)));
        if (Kans(0.3)) Voeg(ContractEinde(contract, Datum(Dag(start) + 30, 400)) with { Corrigeert = einde.EventId });
    }

    private void Traject(Guid aanbieder)
    {
        var traject = Guid.NewGuid();
        var start = Datum();
        var gestart = Voeg(Maak.Traject(traject, Kies(Scholen) ?? BaoTynaarlo, aanbieder, "Aanbieder", start, Kans(0.5) ? Zwaarte.Licht : Zwaarte.Zwaar));
        if (Kans(0.4)) Voeg(TrajectEinde(traject, Datum(Dag(start) + 1, 300)));
        if (Kans(0.1)) Voeg(Intrekking(traject, gestart.EventId));
    }

    private void Verwijzing()
    {
        var verwijzing = Guid.NewGuid();
        var datum = Datum();
        Voeg(Maak.Verwijzing(verwijzing, Kies(Scholen) ?? BaoAssen, datum));
        if (Kans(0.6)) Voeg(Behandelstart(verwijzing, Datum(Dag(datum), 90)));
    }

    private void ComplexeCasus()
    {
        var casus = Guid.NewGuid();
        var start = Datum();
        var zaak = _events.OfType<ThuiszitterGemeld>().Select(z => (Guid?)z.ZaakId).FirstOrDefault(_ => Kans(0.3));
        Voeg(Casus(casus, Kies(Gemeenten), Kies(Scholen), start, zaak, Kans(0.4)));
        if (Kans(0.3)) Voeg(RegisseurToegewezen(casus, Datum(Dag(start), 60)));
        if (Kans(0.3)) Voeg(CasusAfgesloten(casus, Datum(Dag(start) + 1, 200)));
    }

    private void Voortgang()
    {
        var rapport = Guid.NewGuid();
        var gemeld = Voeg(Rapport(rapport, _random.Next(1, 7), Kies(Enum.GetValues<DoelStatus>()), Datum()));
        if (Kans(0.3)) Voeg(Rapport(rapport, gemeld.Doel, Kies(Enum.GetValues<DoelStatus>()), Datum()) with { Corrigeert = gemeld.EventId });
        if (Kans(0.2)) Voeg(Intrekking(rapport, gemeld.EventId));
    }
}

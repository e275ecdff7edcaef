using Agenda.Domein.Referentie;
using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Landelijk;

namespace Agenda.Domein.Tests.Landelijk;

/// <summary>The national data set of ./bench.sh: reproducible from its seed, of the size issue 12 names, and consistent with its register.</summary>
public sealed class LandelijkeDatasetTests
{
    /// <summary>The region's register, which the country holds as it is (the copy of <c>data/</c> next to the tests).</summary>
    public static ReferentiedataBestand Regio { get; } = ReferentiedataBestand.Lees(Path.Combine(AppContext.BaseDirectory, "data", "referentiedata.json"));

    private static readonly LandelijkeDataset Nederland = LandelijkeDataset.Genereer(seed: 12, Regio);

    [Fact]
    public void The_same_seed_gives_the_same_register_and_events()
    {
        var opnieuw = LandelijkeDataset.Genereer(seed: 12, Regio);

        Assert.Equal(Nederland.Totalen, opnieuw.Totalen);
        Assert.Equal(Nederland.Register.Scholen, opnieuw.Register.Scholen);
        Assert.Equal(Nederland.Register.Tellingen[0].Leerlingen, opnieuw.Register.Tellingen[0].Leerlingen);
        // Records compare by value, ids and dates included.
        Assert.Equal(Nederland.Events.Select(Beschrijving), opnieuw.Events.Select(Beschrijving));
    }

    [Fact]
    public void Another_seed_gives_other_events()
    {
        var ander = LandelijkeDataset.Genereer(seed: 13, Regio);

        Assert.Equal(Nederland.Totalen, ander.Totalen);
        Assert.NotEqual(Nederland.Events.Select(e => e.EventId), ander.Events.Select(e => e.EventId));
    }

    [Fact]
    public void The_totals_are_those_of_the_country_and_a_school_year()
    {
        Assert.Equal(new LandelijkeTotalen(
            Gemeenten: 340, Samenwerkingsverbanden: 150, Scholen: 7_000,
            Thuiszitters: 10_000, ThuiszittersBeeindigd: 3_334, Trajecten: 50_000, TrajectenBeeindigd: 20_000,
            Aanbieders: 1_200, Contracten: 2_040, EedVerwijzingen: 8_000, Events: 94_574), Nederland.Totalen);
        var dagen = Nederland.Events.Select(e => DateOnly.FromDateTime(e.OccurredAt.UtcDateTime)).ToList();
        Assert.True(dagen.Min() >= new DateOnly(2025, 8, 1) && dagen.Max() <= new DateOnly(2026, 7, 31), $"Events from {dagen.Min()} to {dagen.Max()}.");
        Assert.Equal(dagen.Order(), dagen);
    }

    [Fact]
    public void Every_event_and_school_refers_to_the_register()
    {
        var register = new Referentiedata(Nederland.Register);
        var swvs = Nederland.Register.Samenwerkingsverbanden.Select(s => s.Code).ToHashSet();

        Assert.Equal(7_000, Nederland.Register.Scholen.Select(s => s.Brin).Distinct().Count());
        Assert.All(Nederland.Register.Scholen, s => Assert.Contains(s.Swv, swvs));
        Assert.All(Nederland.Register.Gemeenten, g => Assert.True(register.JongerenIn(g.Code, new DateOnly(2026, 1, 1)) > 0, g.Code));
        Assert.All(Nederland.Events, e =>
        {
            var (gemeente, brin) = EventPlaats.Van(e);
            if (gemeente is not null) Assert.NotNull(register.GemeenteInRegister(gemeente));
            if (brin is not null) Assert.NotNull(register.SchoolInRegister(brin));
            if (gemeente is not null && brin is not null) Assert.Equal(gemeente, register.SchoolInRegister(brin)!.Gemeente);
        });
    }

    private static string Beschrijving(IAgendaEvent e) => e.ToString()!;
}

using Agenda.Contracts.Serialisatie;
using Microsoft.Extensions.DependencyInjection;
using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Kpis;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.UnitTests.EventVersions;
using Orleans.Serialization;

namespace Ontwikkelagenda.UnitTests.Serialisatie;

/// <summary>
/// The plain contracts carry no Orleans attributes: Orleans carries them as JSON (<see cref="ContractsJson"/>), between
/// silos and to Agenda.Api's client (serialised); inside a silo a call passes the same instance (they are immutable).
/// Every event arrives as the concrete event it was, every value intact, also when the grain method takes the
/// interface (<c>Apply(IAgendaEvent)</c>).
/// </summary>
public sealed class ContractsJsonTests
{
    private static readonly ServiceProvider Services = new ServiceCollection().AddContractsJson().BuildServiceProvider();
    private static readonly Serializer Serializer = Services.GetRequiredService<Serializer>();
    private static readonly DeepCopier Copier = Services.GetRequiredService<DeepCopier>();

    public static TheoryData<string> Types() => new(AgendaEventTypes.PerNaam.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Types))]
    public void An_event_passed_as_IAgendaEvent_arrives_as_the_same_concrete_event(string eventType)
    {
        var original = StoredEventsV1.PerType[eventType];

        var received = Serializer.Deserialize<IAgendaEvent>(Serializer.SerializeToArray(original));

        AssertSame(original, received);
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void An_event_passed_to_a_call_inside_the_silo_is_the_same_instance(string eventType)
    {
        var original = StoredEventsV1.PerType[eventType];

        Assert.Same(original, Copier.Copy(original));
        Assert.Same(original, Copier.Copy<IAgendaEvent>(original));
    }

    [Fact]
    public void A_scope_s_figures_returned_inside_the_silo_are_the_same_instance_in_a_copied_list()
    {
        IReadOnlyList<ScopeCijfers> lijst = new List<ScopeCijfers> { Cijfers };

        var kopie = Copier.Copy(lijst);

        Assert.Same(Cijfers, Copier.Copy(Cijfers));
        Assert.Same(Cijfers, Assert.Single(kopie));
    }

    [Fact]
    public void A_scope_s_figures_arrive_with_every_value_and_status()
    {
        var received = Serializer.Deserialize<ScopeCijfers>(Serializer.SerializeToArray(Cijfers));

        AssertSame(Cijfers, received);
    }

    [Fact]
    public void Without_the_registration_Orleans_cannot_carry_an_event()
    {
        // Guards the guard: the contracts really depend on this registration, not on anything Orleans does by itself.
        using var bare = new ServiceCollection().AddSerializer().BuildServiceProvider();

        Assert.ThrowsAny<Exception>(() => bare.GetRequiredService<Serializer>().SerializeToArray<IAgendaEvent>(StoredEventsV1.PerType[nameof(ThuiszitterGemeld)]));
    }

    private static readonly ScopeCijfers Cijfers = new(
        new ThuiszitterCijfers(13, 4, 2.5m, 66.7m, 6, 16.7m, 2),
        new ThuiszitterCijfers(3, 1, null, 50.0m, 2, 0.0m, 1),
        new ThuiszitterCijfers(10, 3, 1.9m, 75.0m, 4, 25.0m, 1),
        new JaartellingCijfers("2025-2026", 15, 4, 11, 2.8m, 0.8m, 2.1m),
        new InkoopCijfers(14, null, 6, 9, 2, 8),
        new EedCijfers(28, 27, 96.4m, 97.1m, 12, 9, 3, 41.0m),
        new RegieCijfers(8, 6, 75.0m, 2),
        new TrajectCijfers(30, 20, 10, 66.7m),
        [
            new DoelStand(1, "Passend onderwijs", null, null, null, null, DoelStatus.OpKoers, new DateOnly(2026, 2, 1)),
            new DoelStand(5, "Thuiszitterspact", KpiSleutels.ThuiszittersLangerDanDrieMaanden, 4m, 0m, DoelStatus.AandachtNodig, null, null),
        ]);

    // Records holding lists compare those by reference: compare their values, and the exact type.
    private static void AssertSame<T>(T expected, T actual)
    {
        Assert.IsType(expected!.GetType(), actual);
        Assert.Equivalent(expected, actual, strict: true);
    }
}

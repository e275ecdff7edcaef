using Agenda.Domein;
using Agenda.Silo.EventStore;
using Microsoft.Extensions.DependencyInjection;
using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.IntegrationTests;

/// <summary>The event store on a real PostgreSQL: scopes per event, carried over within an entity.</summary>
public sealed class EventStoreTests(ServersFixture servers)
{
    private static readonly DateOnly Start = new(2026, 1, 15);

    [Fact]
    public async Task AnEndWhoseEntityHasNoEventsYetIsRefusedAndNotStored()
    {
        await using var environment = new SiloEnvironment(servers);
        var store = await StoreOf(environment);
        var einde = Cases.ContractBeeindigd(Cases.Contract(Contractant.Subregio, Start), Start.AddDays(30));

        await Assert.ThrowsAsync<EntiteitOnbekendException>(() => store.Append(einde, TestContext.Current.CancellationToken));

        Assert.Equal(0, await environment.StoredCopies(einde.EventId));
    }

    [Fact]
    public async Task AnEndGetsTheScopesOfItsEntityAndAStoredEventReturnsItsScopesAgain()
    {
        await using var environment = new SiloEnvironment(servers);
        var store = await StoreOf(environment);
        var contract = Cases.Contract(new Contractant(RegioGemeenten.Tynaarlo), Start);
        var einde = Cases.ContractBeeindigd(contract, Start.AddDays(30));
        var cancellation = TestContext.Current.CancellationToken;

        var contractOpgeslagen = await store.Append(contract, cancellation);
        var eindeOpgeslagen = await store.Append(einde, cancellation);
        var againOpgeslagen = await store.Append(einde, cancellation);
        var (contractScopes, eindeScopes, again) = (contractOpgeslagen.Scopes, eindeOpgeslagen.Scopes, againOpgeslagen.Scopes);

        // Only the entity's first event spares the grains reading its history; a redelivery never does.
        Assert.Equal([true, false, false], [contractOpgeslagen.EersteVanEntiteit, eindeOpgeslagen.EersteVanEntiteit, againOpgeslagen.EersteVanEntiteit]);

        Assert.Contains(Scope.Gemeente("GM1730"), contractScopes);
        Assert.Equal(contractScopes.Order(ByKey), eindeScopes.Order(ByKey));
        Assert.Equal(eindeScopes.Order(ByKey), again.Order(ByKey));
        Assert.Equal(1, await environment.StoredCopies(einde.EventId));
        Assert.Equal([contract.EventId, einde.EventId], (await store.ReadEntiteit(contract.ContractId, cancellation)).Select(e => e.EventId));
    }

    [Fact]
    public async Task ATransferAddsTheNewMunicipalityToTheCasesEarlierEvents()
    {
        await using var environment = new SiloEnvironment(servers);
        var store = await StoreOf(environment);
        var cancellation = TestContext.Current.CancellationToken;
        var gemeld = Cases.Gemeld(RegioGemeenten.Tynaarlo, Start);
        var overgedragen = Cases.Overgedragen(gemeld, RegioGemeenten.Assen, Start.AddDays(60));
        var ander = Cases.Gemeld(RegioGemeenten.Tynaarlo, Start);

        await store.Append(gemeld, cancellation);
        await store.Append(ander, cancellation);
        var scopes = (await store.Append(overgedragen, cancellation)).Scopes;

        Assert.Contains(Scope.Gemeente("GM0106"), scopes);
        Assert.Contains(Scope.Gemeente("GM1730"), scopes);
        Assert.Equal([gemeld.EventId, overgedragen.EventId], (await store.Read(Scope.Gemeente("GM0106"), cancellation)).Select(e => e.EventId));
        Assert.Equal([gemeld.EventId, ander.EventId, overgedragen.EventId],
            (await store.Read(Scope.Gemeente("GM1730"), cancellation)).Select(e => e.EventId));
    }

    private static readonly Comparer<Scope> ByKey = Comparer<Scope>.Create((a, b) => string.CompareOrdinal(a.ToString(), b.ToString()));

    /// <summary>A silo migrates the schema; its store is the production one.</summary>
    private static async Task<IEventStore> StoreOf(SiloEnvironment environment) =>
        (await environment.StartSiloAsync()).Services.GetRequiredService<IEventStore>();
}

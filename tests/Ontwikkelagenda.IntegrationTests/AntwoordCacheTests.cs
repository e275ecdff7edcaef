extern alias AgendaApi;

using AgendaApi::Agenda.Api.Live;
using Ontwikkelagenda.TestSupport;

namespace Ontwikkelagenda.IntegrationTests;

/// <summary>Agenda.Api's answer cache on its own: shared reads, cleared by the scopes an answer was made of, bounded by its safety expiry.</summary>
public sealed class AntwoordCacheTests
{
    private static readonly IReadOnlySet<string> Regio = new HashSet<string>(["gemeente:GM1730", "regio:22.01"], StringComparer.Ordinal);

    private readonly MutableTimeProvider klok = new(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));
    private int gelezen;

    [Fact]
    public async Task AnswersAgainFromTheCacheWithoutReading()
    {
        var cache = new AntwoordCache(klok);

        Assert.Equal("1", await cache.LeesAsync("a", Lees, TestContext.Current.CancellationToken));
        Assert.Equal("1", await cache.LeesAsync("a", Lees, TestContext.Current.CancellationToken));
        Assert.Equal(1, gelezen);
    }

    [Fact]
    public async Task ViewersAskingDuringOneReadShareIt()
    {
        var cache = new AntwoordCache(klok);
        var poort = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        async Task<(string, IReadOnlySet<string>)> Traag()
        {
            await poort.Task;
            return await Lees();
        }

        var vragen = Enumerable.Range(0, 20).Select(_ => cache.LeesAsync("a", Traag, TestContext.Current.CancellationToken)).ToList();
        poort.SetResult();

        Assert.All(await Task.WhenAll(vragen), antwoord => Assert.Equal("1", antwoord));
        Assert.Equal(1, gelezen);
    }

    [Fact]
    public async Task AChangeOfOneOfItsScopesClearsAnAnswerAndAnotherScopeDoesNot()
    {
        var cache = new AntwoordCache(klok);
        await cache.LeesAsync("a", Lees, TestContext.Current.CancellationToken);

        cache.Vergeet(["school:04XX", "swv:VO2201"]);
        Assert.Equal("1", await cache.LeesAsync("a", Lees, TestContext.Current.CancellationToken));

        cache.Vergeet(["school:04XX", "gemeente:GM1730"]);
        Assert.Equal("2", await cache.LeesAsync("a", Lees, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AnAnswerOutlivesItsSafetyExpiryOnlyUntilThen()
    {
        var cache = new AntwoordCache(klok);
        await cache.LeesAsync("a", Lees, TestContext.Current.CancellationToken);

        klok.Set(klok.GetUtcNow() + AntwoordCache.Vangnet - TimeSpan.FromSeconds(1));
        Assert.Equal("1", await cache.LeesAsync("a", Lees, TestContext.Current.CancellationToken));

        klok.Set(klok.GetUtcNow() + TimeSpan.FromSeconds(1));
        Assert.Equal("2", await cache.LeesAsync("a", Lees, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AReadUnderWayWhenSomethingChangesIsNotKept()
    {
        var cache = new AntwoordCache(klok);
        var poort = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        async Task<(string, IReadOnlySet<string>)> Traag()
        {
            await poort.Task;
            return await Lees();
        }
        var onderweg = cache.LeesAsync("a", Traag, TestContext.Current.CancellationToken);

        cache.Vergeet(["school:04XX"]); // names none of its scopes, but the read may predate it
        poort.SetResult();
        Assert.Equal("1", await onderweg);

        Assert.Equal("2", await cache.LeesAsync("a", Lees, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AFailedReadIsNotKept()
    {
        var cache = new AntwoordCache(klok);

        await Assert.ThrowsAsync<TimeoutException>(() => cache.LeesAsync<string>("a", () => throw new TimeoutException(), TestContext.Current.CancellationToken));

        Assert.Equal("1", await cache.LeesAsync("a", Lees, TestContext.Current.CancellationToken));
    }

    private Task<(string, IReadOnlySet<string>)> Lees() =>
        Task.FromResult<(string, IReadOnlySet<string>)>((Interlocked.Increment(ref gelezen).ToString(System.Globalization.CultureInfo.InvariantCulture), Regio));
}

using Agenda.Silo.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.DeadLetters;

namespace Ontwikkelagenda.IntegrationTests;

/// <summary>
/// An event that fails every retry ends in the error queue, shows in the figure the alert reads, and
/// <c>./deadletters.sh</c> (its command code, on the real broker) lists, shows and replays it; a replay counts once.
/// </summary>
public sealed class DeadLetterTests(ServersFixture servers)
{
    private static readonly DateOnly Start = new(2026, 1, 15);
    private static readonly TimeSpan AllRetries = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task AnEventThatFailedEveryRetryIsListedShownAndAfterTheFixReplayedAndCountedOnceEvenWhenReplayedTwice()
    {
        await using var environment = new SiloEnvironment(servers);
        var silo = await environment.StartSiloAsync();
        await using var bus = await TestBus.StartAsync(servers.RabbitMq.ConnectionString);
        var errorQueue = $"{environment.Queue}_error";
        var verwijzing = Cases.EedVerwijzing(Cases.SchoolInAssen, Start);
        var behandeling = Cases.EedBehandeling(verwijzing, Start.AddDays(20));

        // The treatment start arrives, twice (a republication), while its referral never came: every retry fails.
        await bus.Publish(behandeling);
        await bus.Publish(behandeling);

        await Eventually.Equal(2, () => RabbitMqQueueMetrics.MessagesAsync(servers.RabbitMq.PrometheusPort!.Value, errorQueue), AllRetries);
        Assert.Equal(2, silo.Services.GetRequiredService<AgendaMetrics>().Total("faulted", nameof(EedBehandelingGestart)));
        Assert.Equal(0, await environment.StoredCopies(behandeling.EventId));

        var (code, list) = await DeadLetters(environment, "list");
        Assert.Equal(0, code);
        Assert.Contains($"{errorQueue}: 2 berichten na alle retries mislukt.", list);
        Assert.Equal(2, CountOf(list, nameof(EedBehandelingGestart)));
        Assert.Contains("EntiteitOnbekendException", list);
        var messageIds = MessageIds(list);
        Assert.Equal(2, messageIds.Count);

        var (shown, show) = await DeadLetters(environment, "show", "1");
        Assert.Equal(0, shown);
        Assert.Contains($"Message-id: {messageIds[0]}", show);
        Assert.Contains($"Fout:       EntiteitOnbekendException: {nameof(EedBehandelingGestart)} {behandeling.EventId} hoort bij entiteit {verwijzing.VerwijzingId}", show);
        Assert.Contains("MT-Fault-StackTrace", show);
        Assert.Contains($"\"verwijzingId\": \"{verwijzing.VerwijzingId}\"", show);
        // Looking changed nothing.
        Assert.Equal(2, CountOf((await DeadLetters(environment, "list")).Output, nameof(EedBehandelingGestart)));

        // The cause is fixed: the referral arrives.
        await bus.Publish(verwijzing);
        await Eventually.Equal(1, async () => (await silo.School(Cases.SchoolInAssen, Cases.Peildatum)).Eed.Wachtend);
        Assert.Equal(0, (await silo.School(Cases.SchoolInAssen, Cases.Peildatum)).Eed.Gestart);

        var (replayed, replay) = await DeadLetters(environment, "replay", messageIds[0]);
        Assert.Equal(0, replayed);
        Assert.Contains($"1 bericht opnieuw aangeboden aan {environment.Queue}; 1 bericht in {errorQueue}.", replay);
        await Eventually.Equal(1, async () => (await silo.School(Cases.SchoolInAssen, Cases.Peildatum)).Eed.Gestart);
        await Eventually.Equal(1, () => RabbitMqQueueMetrics.MessagesAsync(servers.RabbitMq.PrometheusPort!.Value, errorQueue), AllRetries);

        // The second copy of the same event, replayed too, counts nothing more.
        var (again, rest) = await DeadLetters(environment, "replay", "--all");
        Assert.Equal(0, again);
        Assert.Contains($"Opnieuw aangeboden aan {environment.Queue}: {messageIds[1]}", rest);
        await Eventually.Equal(2, () => Task.FromResult(Consumed(silo).Completed(behandeling.EventId)));
        await Eventually.Equal(0, () => RabbitMqQueueMetrics.MessagesAsync(servers.RabbitMq.PrometheusPort!.Value, errorQueue), AllRetries);
        Assert.Equal(1, await environment.StoredCopies(behandeling.EventId));
        var school = await silo.School(Cases.SchoolInAssen, Cases.Peildatum);
        Assert.Equal((1, 0), (school.Eed.Gestart, school.Eed.Wachtend));
        Assert.Equal(1, (await silo.Gemeente(RegioGemeenten.Assen, Cases.Peildatum)).Eed.Gestart);
        Assert.Contains($"{errorQueue} is leeg", (await DeadLetters(environment, "list")).Output);
    }

    [Fact]
    public async Task AReplayedEventWhoseCauseIsNotFixedReturnsToTheErrorQueueAndIsNotLost()
    {
        await using var environment = new SiloEnvironment(servers);
        await environment.StartSiloAsync();
        await using var bus = await TestBus.StartAsync(servers.RabbitMq.ConnectionString);
        var errorQueue = $"{environment.Queue}_error";
        var einde = Cases.TrajectBeeindigd(Cases.Traject(Cases.SchoolInAssen, Zwaarte.Licht, Start), Start.AddDays(5));
        await bus.Publish(einde);
        await Eventually.Equal(1, () => RabbitMqQueueMetrics.MessagesAsync(servers.RabbitMq.PrometheusPort!.Value, errorQueue), AllRetries);

        var (code, replay) = await DeadLetters(environment, "replay", "1");

        Assert.Equal(0, code);
        Assert.Contains($"1 bericht opnieuw aangeboden aan {environment.Queue}; 0 berichten in {errorQueue}.", replay);
        // It fails every retry again and is back, with the fault of its new attempt.
        await Eventually.Equal(1, async () => CountOf((await DeadLetters(environment, "list")).Output, nameof(TrajectBeeindigd)), AllRetries);
        Assert.Contains($"{nameof(TrajectBeeindigd)} {einde.EventId} hoort bij entiteit {einde.TrajectId}",
            (await DeadLetters(environment, "show", "1")).Output);
    }

    [Fact]
    public async Task AnUnknownMessageIsRefusedInOneSentenceAndNothingLeavesTheErrorQueue()
    {
        await using var environment = new SiloEnvironment(servers);

        var (code, output) = await DeadLetters(environment, "replay", "7");

        Assert.Equal(1, code);
        Assert.Equal($"{environment.Queue}_error is leeg: er is geen bericht 7.", output.Trim());
    }

    private async Task<(int Code, string Output)> DeadLetters(SiloEnvironment environment, params string[] args)
    {
        using var output = new StringWriter();
        var code = await DeadLetterCommand.RunAsync(
            [.. args, "--wachtrij", environment.Queue, "--amqp", servers.RabbitMq.ConnectionString], output, output, TestContext.Current.CancellationToken);
        return (code, output.ToString());
    }

    // A listed message is "  n  <messageId>  <type>  ...".
    private static List<string> MessageIds(string list) => list.Split('\n')
        .Select(l => l.Trim().Split("  ", StringSplitOptions.RemoveEmptyEntries))
        .Where(parts => parts.Length >= 3 && int.TryParse(parts[0], out _))
        .Select(parts => parts[1])
        .ToList();

    private static int CountOf(string text, string word) =>
        text.Split('\n').Count(l => l.Contains($"  {word}", StringComparison.Ordinal));

    private static ConsumedMessages Consumed(IHost silo) => silo.Services.GetRequiredService<ConsumedMessages>();
}

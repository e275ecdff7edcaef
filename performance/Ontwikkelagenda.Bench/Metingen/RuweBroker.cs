using System.Diagnostics;
using System.Globalization;
using Ontwikkelagenda.Bench.Systeem;
using Ontwikkelagenda.LocalServers;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Ontwikkelagenda.Bench.Metingen;

/// <summary>
/// What RabbitMQ itself carries on this machine, with the guarantees the pipeline keeps: persistent messages,
/// publisher confirms, one durable queue, manual acks. As many publishers as the pipeline's load has senders,
/// each waiting for its confirm; one consumer acking each message. A broker of its own, started as the tests start one.
/// </summary>
public static class RuweBroker
{
    private const string Wachtrij = "bench-doorvoer";
    private const ushort Prefetch = 200;

    public static async Task<BrokerDoorvoer> Meet(int zenders, TimeSpan duur, Voortgang voortgang, CancellationToken cancellationToken)
    {
        voortgang.Meld("doorvoer RabbitMQ: start een eigen RabbitMQ");
        await using var server = await RabbitMqServer.StartAsync(cancellationToken: cancellationToken);
        var factory = new ConnectionFactory { Uri = new Uri(server.ConnectionString) };
        await using var verbinding = await factory.CreateConnectionAsync(cancellationToken);
        await using var ontvanger = await factory.CreateConnectionAsync(cancellationToken);

        await using var consumentKanaal = await ontvanger.CreateChannelAsync(cancellationToken: cancellationToken);
        await consumentKanaal.QueueDeclareAsync(Wachtrij, durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken);
        await consumentKanaal.BasicQosAsync(0, Prefetch, global: false, cancellationToken);
        long ontvangen = 0;
        var consument = new AsyncEventingBasicConsumer(consumentKanaal);
        consument.ReceivedAsync += async (_, bericht) =>
        {
            await consumentKanaal.BasicAckAsync(bericht.DeliveryTag, multiple: false);
            Interlocked.Increment(ref ontvangen);
        };
        await consumentKanaal.BasicConsumeAsync(Wachtrij, autoAck: false, consument, cancellationToken);

        // A body the size of an event the intakes publish.
        var inhoud = new ReadOnlyMemory<byte>(new byte[600]);
        var eigenschappen = new BasicProperties { Persistent = true, ContentType = "application/json" };
        long bevestigd = 0;
        // Only the broker and this process (publishers and consumer) run now.
        var cpu = CpuVerbruik.Begin(() => new Dictionary<string, IReadOnlyList<int>>
        {
            [BrokerDoorvoer.Broker] = [.. Proces.MetNakomelingen(Environment.ProcessId).Where(p => p != Environment.ProcessId)],
            ["bench (publishers, consumer)"] = [Environment.ProcessId],
        });
        var klok = Stopwatch.StartNew();
        var zenderTaken = Enumerable.Range(0, zenders).Select(async _ =>
        {
            await using var kanaal = await verbinding.CreateChannelAsync(
                new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
            while (klok.Elapsed < duur)
            {
                // Returns once the broker confirmed the message persisted; throws on a nack.
                await kanaal.BasicPublishAsync("", Wachtrij, mandatory: true, eigenschappen, inhoud, cancellationToken);
                Interlocked.Increment(ref bevestigd);
            }
        }).ToList();
        await voortgang.ElkeTijd("doorvoer RabbitMQ", duur,
            () => string.Create(CultureInfo.InvariantCulture, $"{Interlocked.Read(ref bevestigd):N0} bevestigd, {Interlocked.Read(ref ontvangen):N0} afgehandeld"),
            cancellationToken);
        await Task.WhenAll(zenderTaken);
        var verzonden = Interlocked.Read(ref bevestigd);
        var wachtTot = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (Interlocked.Read(ref ontvangen) < verzonden && DateTime.UtcNow < wachtTot) await Task.Delay(10, cancellationToken);
        var tijd = klok.Elapsed;
        var afgehandeld = Interlocked.Read(ref ontvangen);
        if (afgehandeld < verzonden)
            throw new InvalidOperationException($"RabbitMQ leverde {verzonden - afgehandeld} van {verzonden} bevestigde berichten niet af.");
        return new BrokerDoorvoer(zenders, verzonden, tijd.TotalSeconds, verzonden / tijd.TotalSeconds, cpu.Eind());
    }
}

/// <summary>Messages confirmed and acked, over the time from the first publish to the last ack, and the CPU the broker and the client used.</summary>
public sealed record BrokerDoorvoer(int Zenders, long Berichten, double Seconden, double BerichtenPerSeconde, CpuMeting Cpu)
{
    /// <summary>The part of <see cref="Cpu"/> that is the broker's processes.</summary>
    public const string Broker = "rabbitmq";
}

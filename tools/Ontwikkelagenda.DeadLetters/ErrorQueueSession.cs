using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Ontwikkelagenda.DeadLetters;

/// <summary>
/// A queue's <c>_error</c> queue on the broker. Reading takes the messages without acknowledging them, so
/// whatever is not replayed returns to the error queue, in its order, when the channel closes.
/// </summary>
public sealed class ErrorQueueSession : IAsyncDisposable
{
    private readonly IConnection connection;
    private readonly IChannel channel;
    private readonly List<(DeadLetter Letter, ulong DeliveryTag, BasicGetResult Message)> taken = [];

    private ErrorQueueSession(IConnection connection, IChannel channel, string queue)
    {
        this.connection = connection;
        this.channel = channel;
        Queue = queue;
    }

    /// <summary>The queue the silos consume; the error queue is its name plus <c>_error</c>.</summary>
    public string Queue { get; }

    public string ErrorQueue => $"{Queue}_error";

    public static async Task<ErrorQueueSession> OpenAsync(Uri broker, string queue, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory { Uri = broker, AutomaticRecoveryEnabled = false, RequestedConnectionTimeout = TimeSpan.FromSeconds(10) };
        IConnection connection;
        try
        {
            connection = await factory.CreateConnectionAsync("ontwikkelagenda-deadletters", cancellationToken);
        }
        catch (BrokerUnreachableException)
        {
            throw new DeadLetterException($"RabbitMQ op {broker.Host}:{broker.Port} is niet bereikbaar: draait het systeem (./run.sh)?");
        }

        // Confirms with tracking: a publish returns only once the broker has the message (or throws).
        var channel = await connection.CreateChannelAsync(new CreateChannelOptions(
            publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        return new ErrorQueueSession(connection, channel, queue);
    }

    /// <summary>Every message now in the error queue, numbered from 1 in queue order; none is removed.</summary>
    public async Task<IReadOnlyList<DeadLetter>> ReadAllAsync(CancellationToken cancellationToken)
    {
        if (taken.Count > 0) return taken.Select(t => t.Letter).ToList();
        if (!await ExistsAsync(ErrorQueue, cancellationToken)) return [];

        while (await channel.BasicGetAsync(ErrorQueue, autoAck: false, cancellationToken) is { } message)
        {
            var letter = DeadLetter.From(taken.Count + 1, message.BasicProperties, message.Body);
            taken.Add((letter, message.DeliveryTag, message));
        }

        return taken.Select(t => t.Letter).ToList();
    }

    /// <summary>
    /// Publishes the message to <see cref="Queue"/>, persistent and confirmed, without its fault headers; only
    /// then removes it from the error queue. A crash in between leaves a copy in both: the event store's unique
    /// event id makes the second one count nothing.
    /// </summary>
    public async Task ReplayAsync(DeadLetter letter, CancellationToken cancellationToken)
    {
        var (_, deliveryTag, message) = taken[letter.Number - 1];
        if (!await ExistsAsync(Queue, cancellationToken))
        {
            throw new DeadLetterException($"Wachtrij {Queue} bestaat niet: start de silo's eerst, dan blijft het bericht in {ErrorQueue}.");
        }

        var properties = new BasicProperties(message.BasicProperties)
        {
            Persistent = true,
            Headers = message.BasicProperties.Headers?
                .Where(h => !IsFaultHeader(h.Key))
                .ToDictionary(h => h.Key, h => h.Value),
        };
        try
        {
            // The default exchange routes by queue name: to this queue only, not to every subscriber of the type.
            await channel.BasicPublishAsync("", Queue, mandatory: true, properties, message.Body, cancellationToken);
        }
        catch (PublishException)
        {
            throw new DeadLetterException($"RabbitMQ nam bericht {letter.MessageId} niet aan in {Queue}; het blijft in {ErrorQueue}.");
        }

        await channel.BasicAckAsync(deliveryTag, multiple: false, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        // Closing returns every message read but not replayed to the error queue.
        await channel.DisposeAsync();
        await connection.DisposeAsync();
    }

    // What MassTransit added when it moved the message to the error queue: a new failure writes its own.
    private static bool IsFaultHeader(string name) =>
        name.StartsWith("MT-Fault-", StringComparison.Ordinal) || name.StartsWith("MT-Host-", StringComparison.Ordinal) || name == "MT-Reason";

    // A passive declare of a missing queue closes the channel, so it asks on a channel of its own.
    private async Task<bool> ExistsAsync(string queue, CancellationToken cancellationToken)
    {
        await using var probe = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            await probe.QueueDeclarePassiveAsync(queue, cancellationToken);
            return true;
        }
        catch (OperationInterruptedException)
        {
            return false;
        }
    }
}

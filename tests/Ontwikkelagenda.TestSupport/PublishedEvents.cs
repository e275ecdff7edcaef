using RabbitMQ.Client;

namespace Ontwikkelagenda.TestSupport;

/// <summary>
/// A durable queue bound to the exchanges MassTransit publishes the given events to, as a silo's would be: each
/// published event lands here once. Durable, so it keeps what arrives while a test restarts the broker; it is deleted
/// at the end.
/// </summary>
public sealed class PublishedEvents : IAsyncDisposable
{
    private readonly string amqpUrl;
    private readonly string queue;
    private readonly List<PublishedEvent> received = [];
    private readonly SemaphoreSlim gate = new(1, 1);
    private IConnection connection;
    private IChannel channel;

    private PublishedEvents(string amqpUrl, IConnection connection, IChannel channel, string queue)
    {
        this.amqpUrl = amqpUrl;
        this.connection = connection;
        this.channel = channel;
        this.queue = queue;
    }

    /// <param name="amqpUrl">The broker.</param>
    /// <param name="eventTypes">The event types to listen to by name, e.g. <c>ThuiszitterGemeld</c>.</param>
    /// <param name="cancellationToken">Cancels the setup.</param>
    public static async Task<PublishedEvents> ListenAsync(string amqpUrl, IEnumerable<string> eventTypes, CancellationToken cancellationToken)
    {
        var connection = await new ConnectionFactory { Uri = new Uri(amqpUrl) }.CreateConnectionAsync(cancellationToken);
        var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        var queue = $"tests-{Guid.NewGuid():N}";
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken);
        foreach (var type in eventTypes)
        {
            // Declared as MassTransit declares them (durable fanout), so whichever comes first the other agrees.
            var exchange = $"Ontwikkelagenda.Contracts.Events:{type}";
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
            await channel.QueueBindAsync(queue, exchange, "", cancellationToken: cancellationToken);
        }
        return new PublishedEvents(amqpUrl, connection, channel, queue);
    }

    /// <summary>Every event received so far, in order of arrival.</summary>
    public async Task<IReadOnlyList<PublishedEvent>> AllAsync()
    {
        await gate.WaitAsync();
        try
        {
            if (!connection.IsOpen || !channel.IsOpen)
            {
                // The broker was restarted by the test: the durable queue is still there, the connection is not.
                channel.Dispose();
                connection.Dispose();
                connection = await ConnectAsync(amqpUrl);
                channel = await connection.CreateChannelAsync();
            }
            while (await channel.BasicGetAsync(queue, autoAck: true) is { } message) received.Add(PublishedEvent.Van(message));
            return [.. received];
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Every event received so far about <paramref name="entiteitId"/>, in order of arrival.</summary>
    public async Task<IReadOnlyList<PublishedEvent>> ForAsync(Guid entiteitId) => [.. (await AllAsync()).Where(e => e.EntiteitId == entiteitId)];

    public async Task<int> CountAsync() => (await AllAsync()).Count;

    /// <summary>A connection, retried for half a minute while a restarted broker comes up.</summary>
    private static async Task<IConnection> ConnectAsync(string amqpUrl)
    {
        var tot = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                return await new ConnectionFactory { Uri = new Uri(amqpUrl) }.CreateConnectionAsync();
            }
            catch (Exception) when (DateTime.UtcNow < tot)
            {
                await Task.Delay(250);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (channel.IsOpen) await channel.QueueDeleteAsync(queue);
        await channel.DisposeAsync();
        await connection.DisposeAsync();
        gate.Dispose();
    }
}

using System.Text.Json;
using RabbitMQ.Client;

namespace Ontwikkelagenda.Intake.Tests;

/// <summary>A queue bound to the exchanges of the events the tests publish, as a silo would be: each published event lands here once.</summary>
public sealed class PublishedEvents : IAsyncDisposable
{
    internal static readonly string[] Exchanges =
    [
        "Ontwikkelagenda.Contracts.Events:AanbiederGeregistreerd",
        "Ontwikkelagenda.Contracts.Events:MeldingIngetrokken",
    ];

    private readonly string amqpUrl;
    private readonly string queue;
    private readonly List<PublishedEvent> received = [];
    private IConnection connection;
    private IChannel channel;

    private PublishedEvents(string amqpUrl, IConnection connection, IChannel channel, string queue)
    {
        this.amqpUrl = amqpUrl;
        this.connection = connection;
        this.channel = channel;
        this.queue = queue;
    }

    /// <summary>A durable queue, so it survives the outbox test's broker restart, bound before anything is published.</summary>
    public static async Task<PublishedEvents> ListenAsync(string amqpUrl, CancellationToken cancellationToken)
    {
        var connection = await new ConnectionFactory { Uri = new Uri(amqpUrl) }.CreateConnectionAsync(cancellationToken);
        var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        var queue = $"intake-tests-{Guid.NewGuid():N}";
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken);
        foreach (var exchange in Exchanges)
        {
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
            await channel.QueueBindAsync(queue, exchange, "", cancellationToken: cancellationToken);
        }
        return new PublishedEvents(amqpUrl, connection, channel, queue);
    }

    /// <summary>Every event received so far about <paramref name="entiteitId"/>.</summary>
    public async Task<IReadOnlyList<PublishedEvent>> ForEntiteitAsync(Guid entiteitId)
    {
        if (!connection.IsOpen || !channel.IsOpen)
        {
            // The broker was restarted by the outbox test: the durable queue is still there, the connection is not.
            channel.Dispose();
            connection.Dispose();
            connection = await new ConnectionFactory { Uri = new Uri(amqpUrl) }.CreateConnectionAsync();
            channel = await connection.CreateChannelAsync();
        }
        while (await channel.BasicGetAsync(queue, autoAck: true) is { } message) received.Add(Read(message));
        return [.. received.Where(e => e.EntiteitId == entiteitId)];
    }

    internal static PublishedEvent Read(BasicGetResult message)
    {
        using var envelope = JsonDocument.Parse(message.Body);
        var root = envelope.RootElement;
        var body = root.GetProperty("message");
        var entiteit = body.TryGetProperty("aanbiederId", out var aanbieder) ? aanbieder : body.GetProperty("entiteitId");
        return new PublishedEvent(Guid.Parse(root.GetProperty("messageId").GetString()!), message.Exchange,
            body.GetProperty("eventId").GetGuid(), entiteit.GetGuid(), body.Clone());
    }

    public async ValueTask DisposeAsync()
    {
        if (connection.IsOpen)
        {
            await channel.QueueDeleteAsync(queue);
            await channel.CloseAsync();
            await connection.CloseAsync();
        }
        channel.Dispose();
        connection.Dispose();
    }
}

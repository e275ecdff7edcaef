using System.Text.Json;
using RabbitMQ.Client;

namespace Inkoop.Api.Tests;

/// <summary>A durable queue bound to the exchanges MassTransit publishes the intake's events to, as a silo's would be.</summary>
public sealed class PublishedEvents : IAsyncDisposable
{
    private static readonly string[] Types = ["AanbiederGeregistreerd", "ContractGesloten", "ContractBeeindigd", "MeldingIngetrokken"];

    private readonly IConnection connection;
    private readonly IChannel channel;
    private readonly string queue;
    private readonly List<PublishedEvent> received = [];

    private PublishedEvents(IConnection connection, IChannel channel, string queue)
    {
        this.connection = connection;
        this.channel = channel;
        this.queue = queue;
    }

    public static async Task<PublishedEvents> ListenAsync(string amqpUrl, CancellationToken cancellationToken)
    {
        var connection = await new ConnectionFactory { Uri = new Uri(amqpUrl) }.CreateConnectionAsync(cancellationToken);
        var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        var queue = $"inkoop-tests-{Guid.NewGuid():N}";
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken);
        foreach (var type in Types)
        {
            // Declared as MassTransit declares them, so whichever comes first the other agrees.
            var exchange = $"Ontwikkelagenda.Contracts.Events:{type}";
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
            await channel.QueueBindAsync(queue, exchange, "", cancellationToken: cancellationToken);
        }
        return new PublishedEvents(connection, channel, queue);
    }

    public async Task<IReadOnlyList<PublishedEvent>> AllAsync()
    {
        while (await channel.BasicGetAsync(queue, autoAck: true) is { } message) received.Add(Read(message));
        return [.. received];
    }

    /// <summary>Every event received so far about <paramref name="entiteitId"/>, in order of arrival.</summary>
    public async Task<IReadOnlyList<PublishedEvent>> ForAsync(Guid entiteitId) => [.. (await AllAsync()).Where(e => e.EntiteitId == entiteitId)];

    private static PublishedEvent Read(BasicGetResult message)
    {
        using var envelope = JsonDocument.Parse(message.Body);
        var root = envelope.RootElement;
        var body = root.GetProperty("message");
        var entiteit = body.TryGetProperty("aanbiederId", out var a) && !body.TryGetProperty("contractId", out _) ? a
            : body.TryGetProperty("contractId", out var c) ? c
            : body.GetProperty("entiteitId");
        return new PublishedEvent(Guid.Parse(root.GetProperty("messageId").GetString()!), message.Exchange.Split(':')[^1],
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

using System.Text.Json;
using RabbitMQ.Client;

namespace Leerplicht.Api.Tests;

/// <summary>
/// A queue bound to the exchanges MassTransit publishes the intake's events to, as a silo would be:
/// each published event lands here once.
/// </summary>
public sealed class PublishedEvents : IAsyncDisposable
{
    /// <summary>The exchanges the intake publishes to, declared durable fanout as MassTransit declares them.</summary>
    internal static readonly string[] Exchanges =
    [
        "Ontwikkelagenda.Contracts.Events:ThuiszitterGemeld",
        "Ontwikkelagenda.Contracts.Events:ThuiszitterBeeindigd",
        "Ontwikkelagenda.Contracts.Events:ThuiszitterOvergedragen",
        "Ontwikkelagenda.Contracts.Events:ThuiszitterTermijnOverschreden",
        "Ontwikkelagenda.Contracts.Events:MeldingIngetrokken",
    ];

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

    /// <param name="amqpUrl">The broker.</param>
    /// <param name="cancellationToken">Cancels the setup.</param>
    /// <param name="durableQueue">A durable queue of this name instead of a temporary one, as a silo's would be.</param>
    /// <param name="exchanges">Only these exchanges instead of all of <see cref="Exchanges"/>.</param>
    public static async Task<PublishedEvents> ListenAsync(string amqpUrl, CancellationToken cancellationToken,
        string? durableQueue = null, string[]? exchanges = null)
    {
        var connection = await new ConnectionFactory { Uri = new Uri(amqpUrl) }.CreateConnectionAsync(cancellationToken);
        var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        var declared = durableQueue is null
            ? await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true, cancellationToken: cancellationToken)
            : await channel.QueueDeclareAsync(durableQueue, durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken);
        foreach (var exchange in exchanges ?? Exchanges)
        {
            // Declared as MassTransit declares them, so whichever comes first the other agrees.
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
            await channel.QueueBindAsync(declared.QueueName, exchange, "", cancellationToken: cancellationToken);
        }
        return new PublishedEvents(connection, channel, declared.QueueName);
    }

    /// <summary>Every event received so far for <paramref name="zaakId"/>. The broker confirmed them before the API answered 202.</summary>
    public async Task<IReadOnlyList<PublishedEvent>> ForZaakAsync(Guid zaakId)
    {
        await DrainAsync();
        return [.. received.Where(e => e.ZaakId == zaakId)];
    }

    public async Task<int> CountAsync()
    {
        await DrainAsync();
        return received.Count;
    }

    private async Task DrainAsync()
    {
        while (await channel.BasicGetAsync(queue, autoAck: true) is { } message)
        {
            received.Add(Read(message));
        }
    }

    /// <summary>Reads one MassTransit envelope as it arrived on a queue bound to <see cref="Exchanges"/>.</summary>
    internal static PublishedEvent Read(BasicGetResult message)
    {
        using var envelope = JsonDocument.Parse(message.Body);
        var root = envelope.RootElement;
        var body = root.GetProperty("message");
        return new PublishedEvent(
            Guid.Parse(root.GetProperty("messageId").GetString()!),
            message.Exchange,
            body.GetProperty("eventId").GetGuid(),
            // MeldingIngetrokken names its case as entiteitId.
            (body.TryGetProperty("zaakId", out var zaakId) ? zaakId : body.GetProperty("entiteitId")).GetGuid(),
            body.Clone());
    }

    public async ValueTask DisposeAsync()
    {
        if (connection.IsOpen)
        {
            await channel.CloseAsync();
            await connection.CloseAsync();
        }
        channel.Dispose();
        connection.Dispose();
    }
}

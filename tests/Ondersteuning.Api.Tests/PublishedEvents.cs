using System.Text.Json;
using RabbitMQ.Client;

namespace Ondersteuning.Api.Tests;

/// <summary>
/// A queue bound to the exchanges MassTransit publishes the intake's events to, as a silo would be:
/// each published event lands here once.
/// </summary>
public sealed class PublishedEvents : IAsyncDisposable
{
    private static readonly string[] Types =
    [
        "TrajectGestart", "TrajectBeeindigd", "EedVerwijzingGemeld", "EedBehandelingGestart", "ComplexeCasusGemeld",
        "CasusregisseurToegewezen", "ComplexeCasusAfgesloten", "VoortgangGerapporteerd", "MeldingIngetrokken",
    ];

    /// <summary>The fields that name the entity, one per event type.</summary>
    private static readonly string[] EntityFields = ["trajectId", "verwijzingId", "casusId", "rapportId", "entiteitId"];

    private readonly IConnection connection;
    private readonly IChannel channel;
    private readonly string queue;
    private readonly List<PublishedEvent> received = [];
    private readonly SemaphoreSlim gate = new(1, 1);

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
        var declared = await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true, cancellationToken: cancellationToken);
        foreach (var type in Types)
        {
            // Declared as MassTransit declares them (durable fanout), so whichever comes first the other agrees.
            var exchange = "Ontwikkelagenda.Contracts.Events:" + type;
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
            await channel.QueueBindAsync(declared.QueueName, exchange, "", cancellationToken: cancellationToken);
        }
        return new PublishedEvents(connection, channel, declared.QueueName);
    }

    /// <summary>Every event received so far about <paramref name="entiteitId"/>. The broker confirmed them before the API answered 202.</summary>
    public async Task<IReadOnlyList<PublishedEvent>> ForAsync(Guid entiteitId)
    {
        await DrainAsync();
        return [.. received.Where(e => e.EntiteitId == entiteitId)];
    }

    public async Task<int> CountAsync()
    {
        await DrainAsync();
        return received.Count;
    }

    private async Task DrainAsync()
    {
        await gate.WaitAsync();
        try
        {
            while (await channel.BasicGetAsync(queue, autoAck: true) is { } message) received.Add(Read(message));
        }
        finally
        {
            gate.Release();
        }
    }

    private static PublishedEvent Read(BasicGetResult message)
    {
        using var envelope = JsonDocument.Parse(message.Body);
        var root = envelope.RootElement;
        var body = root.GetProperty("message").Clone();
        var entiteitId = EntityFields.Select(field => body.TryGetProperty(field, out var value) ? value.GetGuid() : Guid.Empty)
            .First(id => id != Guid.Empty);
        return new PublishedEvent(Guid.Parse(root.GetProperty("messageId").GetString()!), message.Exchange,
            body.GetProperty("eventId").GetGuid(), entiteitId, body);
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

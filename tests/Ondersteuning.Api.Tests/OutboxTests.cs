using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RabbitMQ.Client;

namespace Ondersteuning.Api.Tests;

/// <summary>What happens to an accepted melding while the broker is down: kept, answered 503, delivered once later.</summary>
public sealed class OutboxTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    private static readonly TimeSpan DeliveryDeadline = TimeSpan.FromSeconds(60);

    /// <summary>Several dispatcher ticks (1 s): long enough for a wrongful second publish to show up.</summary>
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromSeconds(4);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_trajectory_the_broker_did_not_confirm_is_answered_503_kept_and_delivered_once_when_the_broker_is_back()
    {
        var meldingId = Guid.NewGuid();
        var melding = new
        {
            meldingId, brin = "19SL", aanbiederId = Guid.NewGuid(), aanbiederNaam = "Yorneo", zwaarte = "zwaar", kader = "jeugdwet", startdatum = "2026-01-05",
        };

        // A durable queue bound before the stop exists again, bound, as soon as the broker is back.
        const string exchange = "Ontwikkelagenda.Contracts.Events:TrajectGestart";
        var queue = $"outbox-test-{Guid.NewGuid():N}";
        await using (var connection = await ConnectAsync())
        await using (var channel = await connection.CreateChannelAsync(cancellationToken: Ct))
        {
            await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: Ct);
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: Ct);
            await channel.QueueBindAsync(queue, exchange, "", cancellationToken: Ct);
            await connection.CloseAsync(Ct);
        }

        await fixture.RabbitMq.StopAsync();
        var whileDown = await fixture.Client.PostAsJsonAsync("/v1/trajecten", melding, Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, whileDown.StatusCode);
        Assert.Equal("application/problem+json", whileDown.Content.Headers.ContentType?.MediaType);
        var eventId = (Guid)(await fixture.ScalarAsync(
            "SELECT event_id FROM ondersteuning.meldingen WHERE melding_id = @p AND gepubliceerd_op IS NULL", meldingId))!;

        await fixture.RabbitMq.StartAsync(Ct);
        await using var afterRestart = await ConnectAsync();
        await using var reader = await afterRestart.CreateChannelAsync(cancellationToken: Ct);
        await reader.QueueDeclarePassiveAsync(queue, Ct);

        var received = new List<Guid>();
        async Task DrainAsync()
        {
            while (await reader.BasicGetAsync(queue, autoAck: true, Ct) is { } message)
            {
                using var envelope = JsonDocument.Parse(message.Body);
                received.Add(envelope.RootElement.GetProperty("message").GetProperty("eventId").GetGuid());
            }
        }

        await WaitUntilAsync(async () =>
        {
            await DrainAsync();
            return received.Contains(eventId);
        }, () => $"Event {eventId} did not arrive within {DeliveryDeadline.TotalSeconds} s after the broker was back.");
        await WaitUntilAsync(async () => await fixture.ScalarAsync(
                "SELECT gepubliceerd_op FROM ondersteuning.meldingen WHERE melding_id = @p", meldingId) is DateTime,
            () => $"Melding {meldingId} was delivered but not marked published.");

        // Repeated after delivery: the stored answer, nothing published again.
        var again = await fixture.Client.PostAsJsonAsync("/v1/trajecten", melding, Ct);
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        await Task.Delay(QuietPeriod, Ct);
        await DrainAsync();
        Assert.Single(received, id => id == eventId);

        await reader.QueueDeleteAsync(queue, cancellationToken: Ct);
    }

    private async Task<IConnection> ConnectAsync() =>
        await new ConnectionFactory { Uri = new Uri(fixture.RabbitMq.ConnectionString), AutomaticRecoveryEnabled = false }
            .CreateConnectionAsync(Ct);

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, Func<string> failure)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > DeliveryDeadline) Assert.Fail(failure());
            await Task.Delay(250, Ct);
        }
    }
}

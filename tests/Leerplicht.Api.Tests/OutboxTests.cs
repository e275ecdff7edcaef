using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using RabbitMQ.Client;

namespace Leerplicht.Api.Tests;

/// <summary>What happens to an accepted melding while the broker is down: kept, answered 503, delivered later.</summary>
public sealed class OutboxTests(LeerplichtApiFixture fixture) : IClassFixture<LeerplichtApiFixture>
{
    /// <summary>How long the republished event may take to arrive once the broker is back (reconnect + grace + tick).</summary>
    private static readonly TimeSpan DeliveryDeadline = TimeSpan.FromSeconds(60);

    /// <summary>Several dispatcher ticks (1 s in the fixture): long enough for a wrongful second publish to show up.</summary>
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromSeconds(4);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_melding_the_broker_did_not_confirm_is_answered_503_kept_and_delivered_once_to_a_bound_queue_once_the_broker_is_back()
    {
        var meldingId = Guid.NewGuid();
        var melding = new
        {
            meldingId,
            casusReferentie = "OUTBOX-1",
            gemeente = "GM1680",
            soortVerzuim = "absoluut",
            startdatum = "2026-01-05",
        };

        // The fixture's listener queue is exclusive and auto-delete, so it dies with the broker. This one is
        // durable and bound to the event exchanges before the stop, so it exists again, bound, the moment
        // the broker is back, before the dispatcher can publish: whatever it holds was really delivered.
        var queue = $"outbox-test-{Guid.NewGuid():N}";
        await using (var connection = await ConnectAsync())
        await using (var channel = await connection.CreateChannelAsync(cancellationToken: Ct))
        {
            await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: Ct);
            foreach (var exchange in PublishedEvents.Exchanges)
            {
                await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: Ct);
                await channel.QueueBindAsync(queue, exchange, "", cancellationToken: Ct);
            }
            await connection.CloseAsync(Ct);
        }

        await fixture.RabbitMq.StopAsync();
        var whileDown = await fixture.Client.PostAsJsonAsync("/v1/thuiszitters", melding, Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, whileDown.StatusCode);
        Assert.Equal("application/problem+json", whileDown.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, await fixture.CountAsync(
            "SELECT count(*) FROM leerplicht.meldingen WHERE melding_id = @p AND gepubliceerd_op IS NULL", meldingId));
        var (eventId, zaakId) = await OutboxRowAsync(meldingId);

        await fixture.RabbitMq.StartAsync(Ct);

        await using var afterRestart = await ConnectAsync();
        await using var reader = await afterRestart.CreateChannelAsync(cancellationToken: Ct);
        // Throws (404) when the durable queue did not survive the restart.
        await reader.QueueDeclarePassiveAsync(queue, Ct);

        var received = new List<PublishedEvent>();
        async Task DrainAsync()
        {
            while (await reader.BasicGetAsync(queue, autoAck: true, Ct) is { } message)
            {
                received.Add(PublishedEvents.Read(message));
            }
        }

        await WaitUntilAsync(async () =>
        {
            await DrainAsync();
            return received.Any(e => e.EventId == eventId);
        }, DeliveryDeadline, () => $"Event {eventId} of melding {meldingId} did not arrive at queue {queue} within {DeliveryDeadline.TotalSeconds} s " +
            $"after the broker was back; received: [{string.Join(", ", received)}]");

        // The dispatcher marks the row only after the broker confirmed the republished event.
        await WaitUntilAsync(async () => await fixture.CountAsync(
                "SELECT count(*) FROM leerplicht.meldingen WHERE melding_id = @p AND gepubliceerd_op IS NOT NULL", meldingId) == 1,
            DeliveryDeadline, () => $"Melding {meldingId} was delivered but not marked published within {DeliveryDeadline.TotalSeconds} s.");

        // A melding repeated after delivery gets the stored answer and publishes nothing new.
        var again = await fixture.Client.PostAsJsonAsync("/v1/thuiszitters", melding, Ct);
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.Equal(zaakId, (await again.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid());
        Assert.Equal(1, await fixture.CountAsync("SELECT count(*) FROM leerplicht.entiteiten WHERE staat->>'casusReferentie' = 'OUTBOX-1'"));
        Assert.Equal(1, await fixture.CountAsync("SELECT count(*) FROM leerplicht.entiteiten WHERE id = @p", zaakId));

        // Give a wrongful republish (dispatcher tick or the repeated melding) time to arrive, then count.
        await Task.Delay(QuietPeriod, Ct);
        await DrainAsync();

        var delivered = Assert.Single(received, e => e.EventId == eventId);
        Assert.Equal(zaakId, delivered.ZaakId);
        Assert.Equal(eventId, delivered.MessageId);
        Assert.Equal("Ontwikkelagenda.Contracts.Events:ThuiszitterGemeld", delivered.Exchange);
        Assert.All(received.GroupBy(e => e.EventId), group => Assert.True(group.Count() == 1,
            $"Event {group.Key} arrived {group.Count()} times at queue {queue}."));

        await reader.QueueDeleteAsync(queue, cancellationToken: Ct);
    }

    private async Task<IConnection> ConnectAsync() =>
        await new ConnectionFactory { Uri = new Uri(fixture.RabbitMq.ConnectionString), AutomaticRecoveryEnabled = false }
            .CreateConnectionAsync(Ct);

    private async Task<(Guid EventId, Guid ZaakId)> OutboxRowAsync(Guid meldingId)
    {
        await using var connection = new NpgsqlConnection(fixture.DatabaseConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT event_id, entiteit_id FROM leerplicht.meldingen WHERE melding_id = @p", connection);
        command.Parameters.AddWithValue("p", meldingId);
        await using var row = await command.ExecuteReaderAsync(Ct);
        Assert.True(await row.ReadAsync(Ct), $"No outbox row for melding {meldingId}.");
        return (row.GetGuid(0), row.GetGuid(1));
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, Func<string> failure)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > timeout) Assert.Fail(failure());
            await Task.Delay(250, Ct);
        }
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

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

        // A durable queue of its own, bound to the exchange before the stop, so it exists again, bound, the moment the
        // broker is back, before the dispatcher can publish: whatever it holds was really delivered.
        await using var queue = await PublishedEvents.ListenAsync(fixture.RabbitMq.ConnectionString, ["ThuiszitterGemeld"], Ct);

        await fixture.RabbitMq.StopAsync();
        var whileDown = await fixture.Client.PostAsJsonAsync("/v1/thuiszitters", melding, Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, whileDown.StatusCode);
        Assert.Equal("application/problem+json", whileDown.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, await fixture.CountAsync(
            "SELECT count(*) FROM leerplicht.meldingen WHERE melding_id = @p AND gepubliceerd_op IS NULL", meldingId));
        var (eventId, zaakId) = await OutboxRowAsync(meldingId);

        await fixture.RabbitMq.StartAsync(Ct);

        await WaitUntilAsync(async () => (await queue.AllAsync()).Any(e => e.EventId == eventId), DeliveryDeadline,
            () => $"Event {eventId} of melding {meldingId} did not arrive within {DeliveryDeadline.TotalSeconds} s after the broker was back.");

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
        var received = await queue.AllAsync();

        var delivered = Assert.Single(received, e => e.EventId == eventId);
        Assert.Equal(zaakId, delivered.EntiteitId);
        Assert.Equal(eventId, delivered.MessageId);
        Assert.Equal("Ontwikkelagenda.Contracts.Events:ThuiszitterGemeld", delivered.Exchange);
        Assert.All(received.GroupBy(e => e.EventId), group => Assert.True(group.Count() == 1,
            $"Event {group.Key} arrived {group.Count()} times."));
    }

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

using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;

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
        await using var queue = await PublishedEvents.ListenAsync(fixture.RabbitMq.ConnectionString, ["TrajectGestart"], Ct);

        await fixture.RabbitMq.StopAsync();
        var whileDown = await fixture.Client.PostAsJsonAsync("/v1/trajecten", melding, Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, whileDown.StatusCode);
        Assert.Equal("application/problem+json", whileDown.Content.Headers.ContentType?.MediaType);
        var eventId = (Guid)(await fixture.ScalarAsync(
            "SELECT event_id FROM ondersteuning.meldingen WHERE melding_id = @p AND gepubliceerd_op IS NULL", meldingId))!;

        await fixture.RabbitMq.StartAsync(Ct);
        await WaitUntilAsync(async () => (await queue.AllAsync()).Any(e => e.EventId == eventId),
            () => $"Event {eventId} did not arrive within {DeliveryDeadline.TotalSeconds} s after the broker was back.");
        await WaitUntilAsync(async () => await fixture.ScalarAsync(
                "SELECT gepubliceerd_op FROM ondersteuning.meldingen WHERE melding_id = @p", meldingId) is DateTime,
            () => $"Melding {meldingId} was delivered but not marked published.");

        // Repeated after delivery: the stored answer, nothing published again.
        var again = await fixture.Client.PostAsJsonAsync("/v1/trajecten", melding, Ct);
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        await Task.Delay(QuietPeriod, Ct);
        Assert.Single(await queue.AllAsync(), e => e.EventId == eventId);
    }

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

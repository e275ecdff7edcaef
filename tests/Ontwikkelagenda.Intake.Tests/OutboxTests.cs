using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using RabbitMQ.Client;

namespace Ontwikkelagenda.Intake.Tests;

/// <summary>What happens to an accepted melding while the broker is down: kept, answered 503, delivered later with its stored id.</summary>
public sealed class OutboxTests(IntakeFixture fixture)
{
    private static readonly TimeSpan DeliveryDeadline = TimeSpan.FromSeconds(60);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_melding_the_broker_did_not_confirm_is_answered_503_kept_and_republished_once_with_its_stored_event_id()
    {
        // Durable and bound before the stop, so it exists again, bound, the moment the broker is back.
        var queue = $"intake-outbox-{Guid.NewGuid():N}";
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

        var meldingId = Guid.NewGuid();
        var verzoek = System.Text.Json.JsonSerializer.SerializeToElement(new { meldingId, naam = "Zorg Outbox" });
        await fixture.RabbitMq.StopAsync();
        var whileDown = await fixture.Ontvangst.Maak<TestAanbieder, TestAntwoord>(meldingId, verzoek, TestAanbieder.Soort,
            TestAanbieder.Geregistreerd, id => TestAanbieder.Registreer(id, "Zorg Outbox"), Ct);

        Assert.Equal(503, Assert.IsType<ProblemHttpResult>(whileDown.Result).StatusCode);
        var stored = (await fixture.Store.Melding(meldingId, Ct))!;
        Assert.Null(stored.GepubliceerdOp);

        await fixture.RabbitMq.StartAsync(Ct);

        var deadline = Stopwatch.StartNew();
        var delivered = new List<PublishedEvent>();
        while (deadline.Elapsed < DeliveryDeadline && (await fixture.Store.Melding(meldingId, Ct))!.GepubliceerdOp is null)
            await Task.Delay(250, Ct);
        Assert.NotNull((await fixture.Store.Melding(meldingId, Ct))!.GepubliceerdOp);

        await using (var connection = await ConnectAsync())
        await using (var channel = await connection.CreateChannelAsync(cancellationToken: Ct))
        {
            while (await channel.BasicGetAsync(queue, autoAck: true, Ct) is { } message) delivered.Add(PublishedEvents.Read(message));
            await channel.QueueDeleteAsync(queue, cancellationToken: Ct);
            await connection.CloseAsync(Ct);
        }

        var mine = Assert.Single(delivered, e => e.EntiteitId == stored.EntiteitId);
        Assert.Equal(stored.EventId, mine.EventId);
        Assert.Equal(stored.EventId, mine.MessageId);

        // The repeat now gets the stored answer, without a second event.
        var repeat = await fixture.Ontvangst.Maak<TestAanbieder, TestAntwoord>(meldingId, verzoek, TestAanbieder.Soort,
            TestAanbieder.Geregistreerd, id => TestAanbieder.Registreer(id, "Zorg Outbox"), Ct);
        Assert.Equal(stored.EntiteitId, Assert.IsType<Accepted<TestAntwoord>>(repeat.Result).Value!.Id);
    }

    private async Task<IConnection> ConnectAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return await new ConnectionFactory { Uri = new Uri(fixture.RabbitMq.ConnectionString) }.CreateConnectionAsync(Ct);
            }
            catch (Exception) when (deadline.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(250, Ct);
            }
        }
    }
}

using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ontwikkelagenda.Intake.Tests;

/// <summary>What happens to an accepted melding while the broker is down: kept, answered 503, delivered later with its stored id.</summary>
public sealed class OutboxTests(IntakeFixture fixture)
{
    private static readonly TimeSpan DeliveryDeadline = TimeSpan.FromSeconds(60);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_melding_the_broker_did_not_confirm_is_answered_503_kept_and_republished_once_with_its_stored_event_id()
    {
        // The fixture's queue is durable and bound: it keeps what arrives after the broker is back.
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
        while (deadline.Elapsed < DeliveryDeadline && (await fixture.Store.Melding(meldingId, Ct))!.GepubliceerdOp is null)
            await Task.Delay(250, Ct);
        Assert.NotNull((await fixture.Store.Melding(meldingId, Ct))!.GepubliceerdOp);

        var mine = Assert.Single(await fixture.Events.ForAsync(stored.EntiteitId));
        Assert.Equal(stored.EventId, mine.EventId);
        Assert.Equal(stored.EventId, mine.MessageId);

        // The repeat now gets the stored answer, without a second event.
        var repeat = await fixture.Ontvangst.Maak<TestAanbieder, TestAntwoord>(meldingId, verzoek, TestAanbieder.Soort,
            TestAanbieder.Geregistreerd, id => TestAanbieder.Registreer(id, "Zorg Outbox"), Ct);
        Assert.Equal(stored.EntiteitId, Assert.IsType<Accepted<TestAntwoord>>(repeat.Result).Value!.Id);
    }
}

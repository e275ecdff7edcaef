using Microsoft.AspNetCore.Http.HttpResults;
using Ontwikkelagenda.Intake.Validatie;

namespace Ontwikkelagenda.Intake.Tests;

/// <summary>Idempotency, row-locked follow-ups and correction/withdrawal bookkeeping against real PostgreSQL and RabbitMQ.</summary>
public sealed class MeldingOntvangstTests(IntakeFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<Results<Accepted<TestAntwoord>, ValidationProblem, ProblemHttpResult>> Maak(Guid meldingId, string naam) =>
        fixture.Ontvangst.Maak<TestAanbieder, TestAntwoord>(meldingId, Verzoek(new { meldingId, naam }), TestAanbieder.Soort,
            TestAanbieder.Geregistreerd, id => TestAanbieder.Registreer(id, naam), Ct);

    private Task<Results<Accepted<TestAntwoord>, ValidationProblem, ProblemHttpResult>> Corrigeer(Guid meldingId, Guid entiteitId, Guid gecorrigeerd, string naam) =>
        fixture.Ontvangst.Registreer<TestAanbieder, TestAntwoord>(meldingId, Verzoek(new { meldingId, gecorrigeerd, naam }), entiteitId,
            TestAanbieder.Soort, TestAanbieder.Gecorrigeerd, huidig => TestAanbieder.Corrigeer(huidig, gecorrigeerd, naam), Ct);

    private Task<Results<Accepted<TestAntwoord>, ValidationProblem, ProblemHttpResult>> TrekIn(Guid meldingId, Guid entiteitId, Guid ingetrokken) =>
        fixture.Ontvangst.Registreer<TestAanbieder, TestAntwoord>(meldingId, Verzoek(new { meldingId, ingetrokken }), entiteitId,
            TestAanbieder.Soort, Intrekkingen.MeldingSoort,
            huidig => Intrekkingen.Beslis(huidig, new GeldigeIntrekking(meldingId, ingetrokken, "Dubbel ingevoerd"), DateTimeOffset.UtcNow, "Test",
                (h, doel) => h.GecorrigeerdDoor(doel.MeldingId) is { } origineel ? new TestAanbieder(Naam(origineel.EventBody)) : h.Staat,
                new TestAntwoord(entiteitId), $"/v1/test/{entiteitId}", () => Ontwikkelagenda.ServiceDefaults.NlApi.NlProblems.NotFound("Onbekend.")), Ct);

    private static System.Text.Json.JsonElement Verzoek(object body) => System.Text.Json.JsonSerializer.SerializeToElement(body);

    private static string Naam(string eventBody) => System.Text.Json.JsonDocument.Parse(eventBody).RootElement.GetProperty("naam").GetString()!;

    private static Guid Accepted(Results<Accepted<TestAntwoord>, ValidationProblem, ProblemHttpResult> result) =>
        Assert.IsType<Accepted<TestAntwoord>>(result.Result).Value!.Id;

    [Fact]
    public async Task The_same_meldingId_twice_stores_one_row_publishes_one_event_and_gives_the_same_answer()
    {
        var meldingId = Guid.NewGuid();
        var first = Accepted(await Maak(meldingId, "Zorg A"));
        var second = Accepted(await Maak(meldingId, "Zorg A"));

        Assert.Equal(first, second);
        Assert.Equal(1, await fixture.CountAsync("SELECT count(*) FROM intaketest.meldingen WHERE melding_id = @p", meldingId));
        Assert.Equal(1, await fixture.CountAsync("SELECT count(*) FROM intaketest.entiteiten WHERE soort = 'test-aanbieder' AND id = @p", first));
        Assert.Single(await fixture.Events.ForAsync(first));
    }

    [Fact]
    public async Task Concurrent_duplicates_of_one_meldingId_store_and_publish_once()
    {
        var meldingId = Guid.NewGuid();
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Maak(meldingId, "Zorg B")));

        var ids = results.Select(Accepted).Distinct().ToList();
        var id = Assert.Single(ids);
        Assert.Equal(1, await fixture.CountAsync("SELECT count(*) FROM intaketest.entiteiten WHERE id = @p", id));
        Assert.Equal(1, await fixture.CountAsync("SELECT count(*) FROM intaketest.meldingen WHERE melding_id = @p", meldingId));
        Assert.Single(await fixture.Events.ForAsync(id));
    }

    [Fact]
    public async Task A_meldingId_reused_for_another_kind_of_melding_is_a_conflict_and_changes_nothing()
    {
        var meldingId = Guid.NewGuid();
        var id = Accepted(await Maak(meldingId, "Zorg C"));

        var reused = await Corrigeer(meldingId, id, meldingId, "Zorg C2");

        Assert.Equal(409, Assert.IsType<ProblemHttpResult>(reused.Result).StatusCode);
        Assert.Equal("Zorg C", (await fixture.Store.Vind<TestAanbieder>(id, TestAanbieder.Soort, Ct))!.Staat.Naam);
    }

    [Fact]
    public async Task A_meldingId_sent_again_with_another_body_is_a_conflict_that_says_so_and_changes_nothing()
    {
        var meldingId = Guid.NewGuid();
        var id = Accepted(await Maak(meldingId, "Zorg G"));

        var other = await Maak(meldingId, "Zorg G met een andere naam");

        var problem = Assert.IsType<ProblemHttpResult>(other.Result);
        Assert.Equal(409, problem.StatusCode);
        Assert.Contains("andere inhoud", problem.ProblemDetails.Detail);
        Assert.Contains("niet vastgelegd", problem.ProblemDetails.Detail);
        Assert.Equal("Zorg G", (await fixture.Store.Vind<TestAanbieder>(id, TestAanbieder.Soort, Ct))!.Staat.Naam);
        Assert.Single(await fixture.Events.ForAsync(id));
        // The same body again, with its properties in another order, is still the same melding.
        var repeat = await fixture.Ontvangst.Maak<TestAanbieder, TestAntwoord>(meldingId,
            System.Text.Json.JsonDocument.Parse($$"""{ "naam": "Zorg G",  "meldingId": "{{meldingId}}" }""").RootElement,
            TestAanbieder.Soort, TestAanbieder.Geregistreerd, nieuw => TestAanbieder.Registreer(nieuw, "Zorg G"), Ct);
        Assert.Equal(id, Accepted(repeat));
    }

    [Fact]
    public async Task A_follow_up_on_an_unknown_entity_is_404_and_stores_nothing()
    {
        var meldingId = Guid.NewGuid();
        var result = await Corrigeer(meldingId, Guid.NewGuid(), Guid.NewGuid(), "X");

        Assert.Equal(404, Assert.IsType<ProblemHttpResult>(result.Result).StatusCode);
        Assert.Equal(0, await fixture.CountAsync("SELECT count(*) FROM intaketest.meldingen WHERE melding_id = @p", meldingId));
    }

    [Fact]
    public async Task A_follow_up_naming_an_entity_of_another_kind_is_404_and_stores_nothing()
    {
        var creatie = Guid.NewGuid();
        var id = Accepted(await Maak(creatie, "Zorg F"));
        var meldingId = Guid.NewGuid();

        var result = await fixture.Ontvangst.Registreer<TestAanbieder, TestAntwoord>(meldingId, Verzoek(new { meldingId }), id, "ander-soort",
            TestAanbieder.Gecorrigeerd,
            huidig => TestAanbieder.Corrigeer(huidig, creatie, "Zorg F2"), Ct);

        Assert.Equal(404, Assert.IsType<ProblemHttpResult>(result.Result).StatusCode);
        Assert.Null(await fixture.Store.Vind<TestAanbieder>(id, "ander-soort", Ct));
        Assert.Equal("Zorg F", (await fixture.Store.Vind<TestAanbieder>(id, TestAanbieder.Soort, Ct))!.Staat.Naam);
        Assert.Equal(0, await fixture.CountAsync("SELECT count(*) FROM intaketest.meldingen WHERE melding_id = @p", meldingId));
    }

    [Fact]
    public async Task A_correction_names_the_corrected_event_marks_the_melding_and_a_second_correction_of_it_is_a_conflict()
    {
        var creatie = Guid.NewGuid();
        var id = Accepted(await Maak(creatie, "Zorg D"));
        var correctie = Guid.NewGuid();
        Accepted(await Corrigeer(correctie, id, creatie, "Zorg D (gecorrigeerd)"));

        var meldingen = await fixture.Store.Meldingen(id, Ct);
        Assert.Equal(correctie, meldingen.Single(m => m.MeldingId == creatie).GecorrigeerdDoor);
        Assert.Equal("Zorg D (gecorrigeerd)", (await fixture.Store.Vind<TestAanbieder>(id, TestAanbieder.Soort, Ct))!.Staat.Naam);
        var events = await fixture.Events.ForAsync(id);
        Assert.Equal(2, events.Count);
        Assert.Equal(meldingen[0].EventId, events[1].Body.GetProperty("corrigeert").GetGuid());

        var again = await Corrigeer(Guid.NewGuid(), id, creatie, "Zorg D bis");
        Assert.Equal(409, Assert.IsType<ProblemHttpResult>(again.Result).StatusCode);
        Assert.Equal(2, (await fixture.Store.Meldingen(id, Ct)).Count);
    }

    [Fact]
    public async Task Withdrawing_the_newest_version_of_the_creation_withdraws_the_entity_with_every_version()
    {
        var creatie = Guid.NewGuid();
        var id = Accepted(await Maak(creatie, "Zorg E"));
        var correctie = Guid.NewGuid();
        Accepted(await Corrigeer(correctie, id, creatie, "Zorg E2"));

        Accepted(await TrekIn(Guid.NewGuid(), id, correctie));
        var meldingen = await fixture.Store.Meldingen(id, Ct);
        Assert.Equal(correctie, meldingen.Single(m => m.MeldingId == creatie).GecorrigeerdDoor);
        Assert.NotNull(meldingen.Single(m => m.MeldingId == correctie).IngetrokkenDoor);
        var entiteit = await fixture.Store.Vind<TestAanbieder>(id, TestAanbieder.Soort, Ct);
        Assert.True(entiteit!.Ingetrokken);
        Assert.DoesNotContain(await fixture.Store.Lijst<TestAanbieder>(TestAanbieder.Soort, Ct), e => e.Id == id);

        var withdrawn = Assert.Single((await fixture.Events.ForAsync(id)), e => e.Exchange.EndsWith(":MeldingIngetrokken", StringComparison.Ordinal));
        Assert.Equal(meldingen.Single(m => m.MeldingId == correctie).EventId, withdrawn.Body.GetProperty("ingetrokkenEventId").GetGuid());

        // Every version is gone: the first one can be named neither.
        var again = await TrekIn(Guid.NewGuid(), id, creatie);
        Assert.Equal(409, Assert.IsType<ProblemHttpResult>(again.Result).StatusCode);
    }

    [Fact]
    public async Task Withdrawing_the_creation_withdraws_the_entity()
    {
        var creatie = Guid.NewGuid();
        var id = Accepted(await Maak(creatie, "Zorg F"));

        Accepted(await TrekIn(Guid.NewGuid(), id, creatie));

        Assert.True((await fixture.Store.Vind<TestAanbieder>(id, TestAanbieder.Soort, Ct))!.Ingetrokken);
        var twice = await TrekIn(Guid.NewGuid(), id, creatie);
        Assert.Equal(409, Assert.IsType<ProblemHttpResult>(twice.Result).StatusCode);
    }
}

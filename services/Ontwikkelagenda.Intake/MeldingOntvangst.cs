using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Ontwikkelagenda.Intake.Http;
using Ontwikkelagenda.Intake.Opslag;
using Ontwikkelagenda.Intake.Publicatie;
using Ontwikkelagenda.Intake.Toegang;
using Ontwikkelagenda.ServiceDefaults.NlApi;
using Ontwikkelagenda.ServiceDefaults.Toegang;

namespace Ontwikkelagenda.Intake;

/// <summary>
/// The intake's flow for an already validated melding: store entity + melding + event in one transaction, publish, and
/// answer 202 only once the broker confirmed (503 otherwise; the dispatcher publishes it later). A repeated meldingId
/// gets the stored answer; one reused for another kind of melding, another entity or another body gets 409.
/// </summary>
public sealed class MeldingOntvangst(IntakeStore store, OutboxPublisher publisher, TimeProvider time, IOptions<IntakeOptions> options,
    IEventToegang toegang, IHttpContextAccessor http)
{
    /// <summary>A melding creating an entity of <paramref name="entiteitSoort"/>; <paramref name="besluit"/> gets the new entity's id.</summary>
    /// <param name="verzoek">The request body as sent: a repeat of the meldingId must carry the same.</param>
    public async Task<Results<Accepted<TAntwoord>, ValidationProblem, ProblemHttpResult>> Maak<TStaat, TAntwoord>(
        Guid meldingId, JsonElement verzoek, string entiteitSoort, string meldingSoort, Func<Guid, Besluit<TStaat, TAntwoord>> besluit,
        CancellationToken cancellationToken)
        where TStaat : class where TAntwoord : class
    {
        var vingerafdruk = Vingerafdruk.Van(meldingSoort, null, verzoek);
        var uitkomst = await store.Maak(meldingId, vingerafdruk, Afzender, entiteitSoort, meldingSoort, time.GetUtcNow(), Getoetst(besluit), cancellationToken);
        return await Answer<TAntwoord>(uitkomst, vingerafdruk, meldingSoort, null);
    }

    /// <summary>
    /// A melding about entity <paramref name="entiteitId"/> of kind <paramref name="entiteitSoort"/>; <paramref name="besluit"/>
    /// decides under the entity's row lock and gets null for an unknown entity or one of another kind (it answers 404 then).
    /// </summary>
    public async Task<Results<Accepted<TAntwoord>, ValidationProblem, ProblemHttpResult>> Registreer<TStaat, TAntwoord>(
        Guid meldingId, JsonElement verzoek, Guid entiteitId, string entiteitSoort, string meldingSoort,
        Func<Huidig<TStaat>?, Besluit<TStaat, TAntwoord>> besluit, CancellationToken cancellationToken)
        where TStaat : class where TAntwoord : class
    {
        var vingerafdruk = Vingerafdruk.Van(meldingSoort, entiteitId, verzoek);
        var uitkomst = await store.Registreer(meldingId, vingerafdruk, Afzender, entiteitId, entiteitSoort, meldingSoort, time.GetUtcNow(),
            Getoetst(besluit), cancellationToken);
        return await Answer<TAntwoord>(uitkomst, vingerafdruk, meldingSoort, entiteitId);
    }

    /// <summary>
    /// The answer for a resend: when the body's meldingId was stored before (the sender got an error or no answer), what
    /// <see cref="Registreer{TStaat, TAntwoord}"/> would answer now; null for a new melding. A follow-up that validates
    /// against the entity's current state asks this first, because that state may be what the first send changed
    /// (a transfer's resend would otherwise be refused for going to the municipality the case now belongs to).
    /// </summary>
    public async Task<Results<Accepted<TAntwoord>, ValidationProblem, ProblemHttpResult>?> EerderOntvangen<TAntwoord>(
        JsonElement verzoek, Guid entiteitId, string meldingSoort, CancellationToken cancellationToken) where TAntwoord : class
    {
        if (IntakeHttp.MeldingId(verzoek) is not { } meldingId || await store.Melding(meldingId, cancellationToken) is not { } melding)
            return null;
        return await Answer<TAntwoord>(new StoreUitkomst(melding, null), Vingerafdruk.Van(meldingSoort, entiteitId, verzoek), meldingSoort, entiteitId);
    }

    /// <summary>The organisation of the request's token; null for work without a request or token.</summary>
    private string? Afzender => http.HttpContext?.User is { Identity.IsAuthenticated: true } gebruiker ? Aanroeper.Van(gebruiker).Organisatie : null;

    /// <summary>
    /// The decision, refused (403) when its event names an organisation the caller does not act for (<see cref="IEventToegang"/>).
    /// Work without a request (the deadline scanner, the dispatcher) is the service's own and is not checked.
    /// </summary>
    private Func<T, Besluit<TStaat, TAntwoord>> Getoetst<T, TStaat, TAntwoord>(Func<T, Besluit<TStaat, TAntwoord>> besluit)
        where TStaat : class where TAntwoord : class => invoer =>
    {
        var genomen = besluit(invoer);
        return genomen.Event is { } @event && http.HttpContext?.User is { Identity.IsAuthenticated: true } gebruiker
            && toegang.Weigering(@event, Aanroeper.Van(gebruiker)) is { } reden
            ? NlProblems.Forbidden(reden)
            : genomen;
    };

    /// <summary>A problem answer as the endpoints' result union.</summary>
    public static Results<Accepted<TAntwoord>, ValidationProblem, ProblemHttpResult> AlsResultaat<TAntwoord>(IResult probleem) where TAntwoord : class =>
        probleem switch
        {
            ValidationProblem validation => validation,
            ProblemHttpResult problem => problem,
            _ => throw new ArgumentException("Alleen een ValidationProblem of ProblemHttpResult.", nameof(probleem)),
        };

    /// <summary>
    /// A repeat that finds the event unconfirmed leaves it to the request that stored it while that one may still be
    /// publishing, so concurrent duplicates publish once; after that it publishes itself (the client's retry after a 503).
    /// </summary>
    private async Task<IntakeMelding> WachtOpPublicatie(IntakeMelding melding)
    {
        var tot = melding.OntvangenOp + options.Value.PublishTimeout;
        while (melding.GepubliceerdOp is null && time.GetUtcNow() < tot)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), time);
            melding = await store.Melding(melding.MeldingId, CancellationToken.None) ?? melding;
        }
        return melding;
    }

    private async Task<Results<Accepted<TAntwoord>, ValidationProblem, ProblemHttpResult>> Answer<TAntwoord>(
        StoreUitkomst uitkomst, string vingerafdruk, string expectedSoort, Guid? expectedEntiteit) where TAntwoord : class
    {
        if (uitkomst.Probleem is not null) return AlsResultaat<TAntwoord>(uitkomst.Probleem);
        var melding = uitkomst.Melding ?? throw new InvalidOperationException("Geen melding en geen probleem.");
        if (!IsHerhaling(melding, vingerafdruk, expectedSoort, expectedEntiteit))
            return NlProblems.Conflict($"De meldingId {melding.MeldingId} is al gebruikt voor een andere melding (een ander soort, " +
                "een ander object, een andere inhoud of een andere afzender); deze melding is niet vastgelegd. Kies een nieuwe meldingId.");

        if (!uitkomst.Nieuw) melding = await WachtOpPublicatie(melding);

        // Not the request's token: once stored, the event should reach the broker even if the client hangs up.
        if (!await publisher.TryPublish(melding, CancellationToken.None))
            return NlProblems.Unavailable(
                "De melding is vastgelegd maar nog niet doorgegeven aan de berichtenbus. Ze wordt automatisch nagestuurd; " +
                "opnieuw versturen met dezelfde meldingId is veilig.");

        var body = JsonSerializer.Deserialize<TAntwoord>(melding.AntwoordBody, IntakeStore.Json)!;
        return TypedResults.Accepted(melding.AntwoordLocation, body);
    }

    /// <summary>
    /// The stored melding is what this request asked for, from the organisation that sent it; one stored before requests
    /// (or senders) were kept is judged by what is known.
    /// </summary>
    private bool IsHerhaling(IntakeMelding melding, string vingerafdruk, string expectedSoort, Guid? expectedEntiteit) =>
        (melding.Afzender is null || melding.Afzender == Afzender)
        && (melding.Vingerafdruk is { } opgeslagen
            ? opgeslagen == vingerafdruk
            : melding.Soort == expectedSoort && (expectedEntiteit is null || melding.EntiteitId == expectedEntiteit));
}

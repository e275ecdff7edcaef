using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Ondersteuning.Api.Opslag;
using Ondersteuning.Api.Publicatie;
using Ondersteuning.Api.Validatie;
using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.NlApi;

namespace Ondersteuning.Api.Meldingen;

/// <summary>
/// The flow every resource shares: store the melding with its event (the outbox), publish, and answer 202
/// only once the broker confirmed; a repeated melding id gets the same answer. Corrections and withdrawals
/// are decided here under the entity's row lock, the resource supplies the corrected values.
/// </summary>
public sealed class IntakeFlow(MeldingStore store, OutboxPublisher publisher, MeldingValidator validator, TimeProvider time)
{
    public const string GecorrigeerdeMeldingId = "gecorrigeerdeMeldingId";

    public DateTimeOffset Now => time.GetUtcNow();

    public static OpgeslagenMelding Melding<TEvent>(Guid meldingId, Guid entiteitId, TEvent @event, Guid? corrigeert = null, Guid? trektIn = null)
        where TEvent : IAgendaEvent =>
        new(meldingId, entiteitId, @event.OccurredAt, corrigeert, trektIn, @event.EventId, typeof(TEvent).Name,
            JsonSerializer.Serialize(@event, OutboxPublisher.EventJson), null);

    /// <summary>Creates an entity with its first event.</summary>
    public async Task<Results<Accepted<TAntwoord>, ValidationProblem, ProblemHttpResult>> Nieuw<TAntwoord, TEvent>(
        Resource<TAntwoord> resource, Guid meldingId, Guid entiteitId, TEvent @event, CancellationToken cancellationToken)
        where TEvent : IAgendaEvent
    {
        var opgeslagen = await store.RegistreerNieuw(new Entiteit(entiteitId, resource.Pad, @event.OccurredAt),
            Melding(meldingId, entiteitId, @event), cancellationToken);
        if (opgeslagen.EventType != typeof(TEvent).Name || opgeslagen.CorrigeertMeldingId is not null) return Hergebruikt(meldingId);
        return await Answer(resource, opgeslagen);
    }

    /// <summary>A melding about an existing entity (ending, start of treatment, assignment ...), decided under its lock.</summary>
    public async Task<Results<Accepted<TAntwoord>, ValidationProblem, ProblemHttpResult>> Vervolg<TAntwoord>(
        Resource<TAntwoord> resource, Guid entiteitId, Guid meldingId, Func<OpgeslagenMelding, bool> zelfdeSoort,
        Func<Historie, Besluit> besluit, CancellationToken cancellationToken)
    {
        var uitkomst = await store.RegistreerVervolg(entiteitId, resource.Pad, meldingId, historie =>
            historie.IsIngetrokken(resource.AanmaakEvent)
                ? Besluit.Weiger(NlProblems.Conflict($"Het {resource.Omschrijving} {entiteitId} is ingetrokken; er kan niets meer over worden gemeld."))
                : besluit(historie), cancellationToken);

        return uitkomst.Status switch
        {
            VervolgStatus.Onbekend => NlProblems.NotFound($"Er is geen {resource.Omschrijving} met id {entiteitId}."),
            VervolgStatus.Geweigerd when uitkomst.Besluit!.Fouten is { } fouten => NlProblems.Validation(fouten),
            VervolgStatus.Geweigerd => uitkomst.Besluit!.Probleem!,
            VervolgStatus.Herhaald when uitkomst.Melding!.EntiteitId != entiteitId || !zelfdeSoort(uitkomst.Melding) => Hergebruikt(meldingId),
            _ => await Answer(resource, uitkomst.Melding!),
        };
    }

    /// <summary>
    /// Corrects an effective melding of the entity: <paramref name="corrigeer"/> validates the body as a new
    /// melding of the corrected kind and builds the event that replaces it (with <c>Corrigeert</c> set).
    /// </summary>
    public async Task<Results<Accepted<TAntwoord>, ValidationProblem, ProblemHttpResult>> Corrigeer<TAntwoord>(
        Resource<TAntwoord> resource, Guid entiteitId, JsonElement body,
        Func<Historie, OpgeslagenMelding, CorrectieKop, Besluit> corrigeer, CancellationToken cancellationToken)
    {
        var kop = validator.ValidateCorrectieKop(body);
        if (kop.Value is not { } correctie) return NlProblems.Validation(kop.Errors);

        return await Vervolg(resource, entiteitId, correctie.MeldingId, melding => melding.CorrigeertMeldingId is not null, historie =>
            Doel(resource, historie, correctie.GecorrigeerdeMeldingId, GecorrigeerdeMeldingId, "gecorrigeerd") is { } weigering
                ? weigering
                : corrigeer(historie, historie.Find(correctie.GecorrigeerdeMeldingId)!, correctie), cancellationToken);
    }

    /// <summary>Withdraws an effective melding of the entity: publishes <see cref="MeldingIngetrokken"/> naming its event.</summary>
    public async Task<Results<Accepted<TAntwoord>, ValidationProblem, ProblemHttpResult>> TrekIn<TAntwoord>(
        Resource<TAntwoord> resource, Guid entiteitId, JsonElement body, CancellationToken cancellationToken)
    {
        var validatie = validator.ValidateIntrekking(body);
        if (validatie.Value is not { } intrekking) return NlProblems.Validation(validatie.Errors);

        return await Vervolg(resource, entiteitId, intrekking.MeldingId, melding => melding.EventType == nameof(MeldingIngetrokken), historie =>
        {
            if (Doel(resource, historie, intrekking.IngetrokkenMeldingId, "ingetrokkenMeldingId", "ingetrokken") is { } weigering) return weigering;
            var doel = historie.Find(intrekking.IngetrokkenMeldingId)!;
            var ingetrokken = new MeldingIngetrokken(Guid.CreateVersion7(), Now, resource.MeldendeOrganisatie(historie), entiteitId,
                doel.EventId, intrekking.Reden);
            return Besluit.Opslaan(Melding(intrekking.MeldingId, entiteitId, ingetrokken, trektIn: doel.MeldingId));
        }, cancellationToken);
    }

    /// <summary>The history of the entity, or null when there is none of this resource with this id.</summary>
    public Task<Historie?> Find<TAntwoord>(Resource<TAntwoord> resource, Guid id, CancellationToken cancellationToken) =>
        store.FindHistorie(id, resource.Pad, cancellationToken);

    public static IReadOnlyList<MeldingRegel> Regels(Historie historie) =>
    [
        .. historie.Meldingen.Select(melding => new MeldingRegel(melding.MeldingId, melding.EventType, melding.OntvangenOp,
            melding.CorrigeertMeldingId, melding.TrektInMeldingId, historie.IsEffectief(melding),
            JsonDocument.Parse(melding.EventBody).RootElement.Clone())),
    ];

    /// <summary>Why the melding a correction or withdrawal names cannot be its target; null when it can.</summary>
    private static Besluit? Doel<TAntwoord>(Resource<TAntwoord> resource, Historie historie, Guid meldingId, string veld, string werkwoord)
    {
        var doel = historie.Find(meldingId);
        if (doel is null)
            return Besluit.Ongeldig(veld, $"De melding {meldingId} hoort niet bij dit {resource.Omschrijving}.");
        if (doel.EventType == nameof(MeldingIngetrokken))
            return Besluit.Ongeldig(veld, $"Een intrekking kan niet worden {werkwoord}.");
        if (!historie.IsEffectief(doel))
            return Besluit.Weiger(NlProblems.Conflict(
                $"De melding {meldingId} is al gecorrigeerd of ingetrokken; een correctie of intrekking noemt de nieuwste geldende melding."));
        return null;
    }

    private static ProblemHttpResult Hergebruikt(Guid meldingId) =>
        NlProblems.Conflict($"De meldingId {meldingId} is al gebruikt voor een andere melding; kies een nieuwe meldingId.");

    private async Task<Results<Accepted<TAntwoord>, ValidationProblem, ProblemHttpResult>> Answer<TAntwoord>(
        Resource<TAntwoord> resource, OpgeslagenMelding melding)
    {
        // Not the request's token: once stored, the event should reach the broker even if the client hangs up.
        if (!await publisher.TryPublish(melding, CancellationToken.None))
            return NlProblems.Unavailable(
                "De melding is vastgelegd maar nog niet doorgegeven aan de berichtenbus. Ze wordt automatisch nagestuurd; " +
                "opnieuw versturen met dezelfde meldingId is veilig.");
        return TypedResults.Accepted(resource.Location(melding.EntiteitId), resource.Antwoord(melding.EntiteitId));
    }
}

using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Ondersteuning.Api.Validatie;
using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Intake;
using Ontwikkelagenda.Intake.Opslag;
using Ontwikkelagenda.ServiceDefaults.NlApi;

namespace Ondersteuning.Api.Meldingen;

/// <summary>
/// What every resource shares on top of the intake library: the fold of its meldingen (<see cref="Historie"/>) for
/// decisions under the row lock, the refusal of anything about a withdrawn resource, corrections and withdrawals.
/// </summary>
public sealed class IntakeFlow(MeldingOntvangst ontvangst, IntakeStore store, MeldingValidator validator, TimeProvider time)
{
    public const string GecorrigeerdeMeldingId = "gecorrigeerdeMeldingId";
    public const string Correctie = "correctie";

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>The decision to store <paramref name="event"/> about resource <paramref name="id"/>.</summary>
    public static Besluit<OndersteuningStaat, TAntwoord> Aanvaard<TAntwoord>(Resource<TAntwoord> resource, Guid id, IAgendaEvent @event,
        Guid? corrigeert = null) where TAntwoord : class =>
        Besluit<OndersteuningStaat, TAntwoord>.Aanvaard(new OndersteuningStaat(@event.MeldendeOrganisatie), @event, resource.Antwoord(id),
            resource.Location(id)) with { Corrigeert = corrigeert };

    /// <summary>Creates a resource with its first event; <paramref name="event"/> gets the new id.</summary>
    public Task<Results<Accepted<TAntwoord>, ValidationProblem, ProblemHttpResult>> Nieuw<TAntwoord>(
        Resource<TAntwoord> resource, Guid meldingId, JsonElement body, Func<Guid, IAgendaEvent> @event, CancellationToken cancellationToken)
        where TAntwoord : class =>
        ontvangst.Maak<OndersteuningStaat, TAntwoord>(meldingId, body, resource.Pad, resource.AanmaakEvent,
            id => Aanvaard(resource, id, @event(id)), cancellationToken);

    /// <summary>A melding about an existing resource (ending, start of treatment, assignment ...), decided under its lock.</summary>
    public Task<Results<Accepted<TAntwoord>, ValidationProblem, ProblemHttpResult>> Vervolg<TAntwoord>(
        Resource<TAntwoord> resource, Guid entiteitId, Guid meldingId, JsonElement body, string meldingSoort,
        Func<Historie, Besluit<OndersteuningStaat, TAntwoord>> besluit, CancellationToken cancellationToken) where TAntwoord : class =>
        Vervolg(resource, entiteitId, meldingId, body, meldingSoort, (_, historie) => besluit(historie), cancellationToken);

    private Task<Results<Accepted<TAntwoord>, ValidationProblem, ProblemHttpResult>> Vervolg<TAntwoord>(
        Resource<TAntwoord> resource, Guid entiteitId, Guid meldingId, JsonElement body, string meldingSoort,
        Func<Huidig<OndersteuningStaat>, Historie, Besluit<OndersteuningStaat, TAntwoord>> besluit, CancellationToken cancellationToken)
        where TAntwoord : class =>
        ontvangst.Registreer<OndersteuningStaat, TAntwoord>(meldingId, body, entiteitId, resource.Pad, meldingSoort, huidig =>
        {
            if (huidig is null) return Onbekend(resource, entiteitId);
            var historie = new Historie(huidig.Meldingen);
            return historie.IsIngetrokken(resource.AanmaakEvent)
                ? NlProblems.Conflict($"Het {resource.Omschrijving} {entiteitId} is ingetrokken; er kan niets meer over worden gemeld.")
                : besluit(huidig, historie);
        }, cancellationToken);

    /// <summary>
    /// Corrects an effective melding of the resource: <paramref name="corrigeer"/> validates the body as a new
    /// melding of the corrected kind and builds the event that replaces it (with <c>Corrigeert</c> set).
    /// </summary>
    public async Task<Results<Accepted<TAntwoord>, ValidationProblem, ProblemHttpResult>> Corrigeer<TAntwoord>(
        Resource<TAntwoord> resource, Guid entiteitId, JsonElement body,
        Func<Historie, IntakeMelding, CorrectieKop, Besluit<OndersteuningStaat, TAntwoord>> corrigeer, CancellationToken cancellationToken)
        where TAntwoord : class
    {
        var kop = validator.ValidateCorrectieKop(body);
        if (kop.Value is not { } correctie) return NlProblems.Validation(kop.Errors);

        return await Vervolg(resource, entiteitId, correctie.MeldingId, body, Correctie, historie =>
            Doel<TAntwoord>(resource, historie, correctie.GecorrigeerdeMeldingId, GecorrigeerdeMeldingId, "gecorrigeerd") is { } weigering
                ? weigering
                : corrigeer(historie, historie.Find(correctie.GecorrigeerdeMeldingId)!, correctie), cancellationToken);
    }

    /// <summary>Withdraws an effective melding of the resource: publishes <see cref="MeldingIngetrokken"/> naming its event.</summary>
    public async Task<Results<Accepted<TAntwoord>, ValidationProblem, ProblemHttpResult>> TrekIn<TAntwoord>(
        Resource<TAntwoord> resource, Guid entiteitId, JsonElement body, CancellationToken cancellationToken) where TAntwoord : class
    {
        var validatie = validator.ValidateIntrekking(body);
        if (validatie.Value is not { } intrekking) return NlProblems.Validation(validatie.Errors);

        return await Vervolg<TAntwoord>(resource, entiteitId, intrekking.MeldingId, body, Intrekkingen.MeldingSoort, (huidig, historie) =>
            Doel<TAntwoord>(resource, historie, intrekking.IngetrokkenMeldingId, "ingetrokkenMeldingId", "ingetrokken") is { } weigering
                ? weigering
                // The facts are the fold of the meldingen, so the stored state stays as it is.
                : Intrekkingen.Beslis(huidig, intrekking, Now, resource.MeldendeOrganisatie(historie), (h, _) => h.Staat,
                    resource.Antwoord(entiteitId), resource.Location(entiteitId), () => Onbekend(resource, entiteitId)), cancellationToken);
    }

    /// <summary>The history of the resource, or null when there is none of this resource with this id.</summary>
    public async Task<Historie?> Find<TAntwoord>(Resource<TAntwoord> resource, Guid id, CancellationToken cancellationToken) =>
        await store.Vind<OndersteuningStaat>(id, resource.Pad, cancellationToken) is null
            ? null
            : new Historie(await store.Meldingen(id, cancellationToken));

    /// <summary>
    /// The histories of the resources not withdrawn that ever had an event containing <paramref name="eventBevat"/>
    /// (for example <c>new { brin }</c>); the caller checks what holds now, as a correction may have changed it.
    /// </summary>
    public async Task<IReadOnlyList<(Guid Id, Historie Historie)>> Lijst<TAntwoord>(Resource<TAntwoord> resource, object eventBevat,
        CancellationToken cancellationToken) =>
        [.. (await store.MeldingenPerEntiteit(resource.Pad, eventBevat, cancellationToken))
            .Select(meldingen => (meldingen[0].EntiteitId, new Historie(meldingen)))];

    private static ProblemHttpResult Onbekend<TAntwoord>(Resource<TAntwoord> resource, Guid id) =>
        NlProblems.NotFound($"Er is geen {resource.Omschrijving} met id {id}.");

    /// <summary>Why the melding a correction or withdrawal names cannot be its target; null when it can.</summary>
    private static Besluit<OndersteuningStaat, TAntwoord>? Doel<TAntwoord>(Resource<TAntwoord> resource, Historie historie, Guid meldingId,
        string veld, string werkwoord) where TAntwoord : class
    {
        var doel = historie.Find(meldingId);
        if (doel is null)
            return NlProblems.Validation(veld, $"De melding {meldingId} hoort niet bij dit {resource.Omschrijving}.");
        if (doel.EventType == nameof(MeldingIngetrokken))
            return NlProblems.Validation(veld, $"Een intrekking kan niet worden {werkwoord}.");
        if (!historie.IsEffectief(doel))
            return NlProblems.Conflict(
                $"De melding {meldingId} is al gecorrigeerd of ingetrokken; een correctie of intrekking noemt de nieuwste geldende melding.");
        return null;
    }
}

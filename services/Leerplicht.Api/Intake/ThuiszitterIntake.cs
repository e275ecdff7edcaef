using System.Text.Json;
using Leerplicht.Api.Opslag;
using Leerplicht.Api.Publicatie;
using Leerplicht.Api.Termijnen;
using Leerplicht.Api.Thuiszitters;
using Microsoft.AspNetCore.Http.HttpResults;
using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.NlApi;

namespace Leerplicht.Api.Intake;

/// <summary>
/// The intake's flow: validate, store case + melding + event in one transaction, publish, and answer
/// 202 only once the broker confirmed. A repeated melding id gets the stored answer.
/// </summary>
public sealed class ThuiszitterIntake(MeldingValidator validator, MeldingStore store, OutboxPublisher publisher, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<Results<Accepted<ThuiszitterAangenomen>, ValidationProblem, ProblemHttpResult>> Meld(
        JsonElement body, CancellationToken cancellationToken)
    {
        var validatie = validator.ValidateMelding(body);
        if (validatie.Value is not { } melding) return NlProblems.Validation(validatie.Errors);

        var zaakId = Guid.CreateVersion7();
        var now = time.GetUtcNow();
        var soort = JsonEnumNames<SoortVerzuim>.NameOf(melding.SoortVerzuim);
        var zaak = new Zaak(zaakId, melding.CasusReferentie.Value, melding.Gemeente.Value, melding.Brin?.Value, soort,
            melding.Startdatum, null, null, now, null);
        var gemeld = new ThuiszitterGemeld(Guid.CreateVersion7(), now, MeldendeOrganisatie.Voor(melding.Gemeente), zaakId,
            melding.CasusReferentie.Value, melding.Gemeente, melding.Brin, melding.SoortVerzuim, melding.Startdatum);

        var opgeslagen = await store.RegistreerMelding(zaak,
            Outbox(melding.MeldingId, OpgeslagenMelding.SoortGemeld, zaakId, now, gemeld.EventId, gemeld), cancellationToken);
        return await Answer(opgeslagen, OpgeslagenMelding.SoortGemeld, expectedZaak: null);
    }

    public async Task<Results<Accepted<ThuiszitterAangenomen>, ValidationProblem, ProblemHttpResult>> Beeindig(
        Guid zaakId, JsonElement body, CancellationToken cancellationToken)
    {
        // The startdatum never changes, so it can be read before the lock to report all field errors together.
        var bestaand = await store.FindZaak(zaakId, cancellationToken);
        var validatie = validator.ValidateBeeindiging(body, bestaand?.Startdatum);
        if (validatie.Value is not { } beeindiging) return NlProblems.Validation(validatie.Errors);

        var now = time.GetUtcNow();
        var uitkomst = JsonEnumNames<Uitkomst>.NameOf(beeindiging.Uitkomst);
        var resultaat = await store.RegistreerBeeindiging(zaakId, beeindiging.MeldingId, beeindiging.Einddatum, uitkomst, zaak =>
        {
            var gemeente = GemeenteCode.Parse(zaak.Gemeente);
            Brin? brin = zaak.Brin is null ? null : Brin.Parse(zaak.Brin);
            var beeindigd = new ThuiszitterBeeindigd(Guid.CreateVersion7(), now, MeldendeOrganisatie.Voor(gemeente), zaak.Id,
                gemeente, brin, beeindiging.Einddatum, beeindiging.Uitkomst);
            return Outbox(beeindiging.MeldingId, OpgeslagenMelding.SoortBeeindigd, zaak.Id, now, beeindigd.EventId, beeindigd);
        }, cancellationToken);

        return resultaat.Status switch
        {
            BeeindigingStatus.ZaakOnbekend => NlProblems.NotFound($"Er is geen thuiszitterszaak met id {zaakId}; een onbekende zaak kan niet worden beëindigd."),
            BeeindigingStatus.Ingetrokken => NlProblems.Conflict($"De melding van zaak {zaakId} is ingetrokken; een ingetrokken zaak kan niet worden beëindigd."),
            BeeindigingStatus.AlBeeindigd => NlProblems.Conflict(
                $"De zaak {zaakId} is al beëindigd op {resultaat.Zaak!.Einddatum:yyyy-MM-dd} ({resultaat.Zaak.Uitkomst}) met een andere melding."),
            _ => await Answer(resultaat.Melding!, OpgeslagenMelding.SoortBeeindigd, zaakId),
        };
    }

    public async Task<Results<Ok<Thuiszitter>, ProblemHttpResult>> Find(Guid id, CancellationToken cancellationToken)
    {
        var zaak = await store.FindZaak(id, cancellationToken);
        if (zaak is null) return NlProblems.NotFound($"Er is geen thuiszitterszaak met id {id}.");

        JsonEnumNames<SoortVerzuim>.TryParse(zaak.SoortVerzuim, out var soort);
        Uitkomst? uitkomst = JsonEnumNames<Uitkomst>.TryParse(zaak.Uitkomst, out var parsed) ? parsed : null;
        var geschiedenis = new MeldingGeschiedenis(await store.FindMeldingen(id, cancellationToken));
        var meldingen = geschiedenis.Meldingen
            .Select(m => new MeldingInGeschiedenis(m.Soort, m.MeldingId, m.OntvangenOp, m.CorrigeertMeldingId, m.TrektInMeldingId,
                geschiedenis.GecorrigeerdDoor(m), geschiedenis.IngetrokkenDoor(m)))
            .ToArray();
        // The first transfer in force moved the case away from the municipality of the report.
        var gemeenteBijMelding = geschiedenis.Overdrachten is [var eerste, ..] ? MeldingGeschiedenis.VanGemeente(eerste) : zaak.Gemeente;
        return TypedResults.Ok(new Thuiszitter(zaak.Id, zaak.CasusReferentie, zaak.Gemeente, gemeenteBijMelding, zaak.Brin, soort,
            zaak.Startdatum, zaak.Einddatum, uitkomst, zaak.IngetrokkenOp is not null, meldingen));
    }

    /// <summary>The municipality's open cases at <paramref name="peildatum"/>: overdue first, then oldest first.</summary>
    public async Task<ThuiszittersWerkvoorraad> Werkvoorraad(GemeenteCode gemeente, DateOnly peildatum, CancellationToken cancellationToken)
    {
        var zaken = await store.FindOpenZaken(gemeente.Value, peildatum, cancellationToken);
        var regels = zaken
            .Select(zaak =>
            {
                JsonEnumNames<SoortVerzuim>.TryParse(zaak.SoortVerzuim, out var soort);
                return new ThuiszitterInWerkvoorraad(zaak.Id, zaak.CasusReferentie, zaak.Brin, soort, zaak.Startdatum,
                    peildatum.DayNumber - zaak.Startdatum.DayNumber, Termijn.Termijndatum(zaak.Startdatum),
                    Termijn.IsOverschreden(zaak.Startdatum, peildatum));
            })
            .OrderByDescending(regel => regel.LangerDanDrieMaanden)
            .ThenBy(regel => regel.Startdatum)
            .ThenBy(regel => regel.CasusReferentie, StringComparer.Ordinal)
            .ToArray();
        return new ThuiszittersWerkvoorraad(gemeente.Value, peildatum, regels);
    }

    public static string Location(Guid zaakId) => $"/v1/thuiszitters/{zaakId}";

    internal static OpgeslagenMelding Outbox<TEvent>(Guid meldingId, string soort, Guid zaakId, DateTimeOffset now, Guid eventId, TEvent @event) =>
        new(meldingId, soort, zaakId, now, StatusCodes.Status202Accepted,
            JsonSerializer.Serialize(new ThuiszitterAangenomen(zaakId), Json), Location(zaakId),
            eventId, typeof(TEvent).Name, JsonSerializer.Serialize(@event, OutboxPublisher.EventJson), null);

    private Task<Results<Accepted<ThuiszitterAangenomen>, ValidationProblem, ProblemHttpResult>> Answer(
        OpgeslagenMelding melding, string expectedSoort, Guid? expectedZaak) =>
        Answer(melding, stored => stored.Soort == expectedSoort && stored.CorrigeertMeldingId is null
            && (expectedZaak is null || stored.ZaakId == expectedZaak));

    /// <summary>
    /// Publishes a stored melding and answers 202, or 503 when the broker did not confirm. A repeated melding id
    /// that was used for another kind of melding (<paramref name="isExpected"/> false) is a 409.
    /// </summary>
    internal async Task<Results<Accepted<ThuiszitterAangenomen>, ValidationProblem, ProblemHttpResult>> Answer(
        OpgeslagenMelding melding, Func<OpgeslagenMelding, bool> isExpected)
    {
        if (!isExpected(melding))
            return NlProblems.Conflict($"De meldingId {melding.MeldingId} is al gebruikt voor een andere melding; kies een nieuwe meldingId.");

        // Not the request's token: once stored, the event should reach the broker even if the client hangs up.
        if (!await publisher.TryPublish(melding, CancellationToken.None))
            return NlProblems.Unavailable(
                "De melding is vastgelegd maar nog niet doorgegeven aan de berichtenbus. Ze wordt automatisch nagestuurd; " +
                "opnieuw versturen met dezelfde meldingId is veilig.");

        var body = JsonSerializer.Deserialize<ThuiszitterAangenomen>(melding.AntwoordBody, Json)!;
        return TypedResults.Accepted(melding.AntwoordLocation, body);
    }
}

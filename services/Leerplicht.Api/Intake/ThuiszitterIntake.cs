using System.Text.Json;
using Leerplicht.Api.Opslag;
using Leerplicht.Api.Termijnen;
using Leerplicht.Api.Thuiszitters;
using Microsoft.AspNetCore.Http.HttpResults;
using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.Intake;
using Ontwikkelagenda.Intake.Bewaren;
using Ontwikkelagenda.Intake.Opslag;
using Ontwikkelagenda.Intake.Validatie;
using Ontwikkelagenda.ServiceDefaults.NlApi;

namespace Leerplicht.Api.Intake;

/// <summary>
/// Reporting and closing a case, and reading cases back, on the intake pipeline (<see cref="MeldingOntvangst"/>): validate,
/// store case + melding + event in one transaction, publish, and answer 202 only once the broker confirmed.
/// </summary>
public sealed class ThuiszitterIntake(MeldingValidator validator, MeldingOntvangst ontvangst, IntakeStore store, TimeProvider time)
{
    public async Task<Results<Accepted<ThuiszitterAangenomen>, ValidationProblem, ProblemHttpResult>> Meld(
        JsonElement body, CancellationToken cancellationToken)
    {
        var validatie = validator.ValidateMelding(body);
        if (validatie.Value is not { } melding) return NlProblems.Validation(validatie.Errors);

        var now = time.GetUtcNow();
        var zaak = new Zaak(melding.CasusReferentie, melding.Gemeente.Value, melding.Brin?.Value,
            JsonEnumNames<SoortVerzuim>.NameOf(melding.SoortVerzuim), melding.Startdatum, null, null);
        return await ontvangst.Maak<Zaak, ThuiszitterAangenomen>(melding.MeldingId, body, Zaak.Soort, MeldingSoorten.Gemeld, zaakId =>
            Aanvaard(zaakId, zaak, new ThuiszitterGemeld(Guid.CreateVersion7(), now, MeldendeOrganisatie.Voor(melding.Gemeente), zaakId,
                melding.CasusReferentie, melding.Gemeente, melding.Brin, melding.SoortVerzuim, melding.Startdatum)),
            cancellationToken);
    }

    public async Task<Results<Accepted<ThuiszitterAangenomen>, ValidationProblem, ProblemHttpResult>> Beeindig(
        Guid zaakId, JsonElement body, CancellationToken cancellationToken)
    {
        if (await ontvangst.EerderOntvangen<ThuiszitterAangenomen>(body, zaakId, MeldingSoorten.Beeindigd, cancellationToken) is { } herhaling) return herhaling;
        // The startdatum never changes, so it can be read before the lock to report all field errors together.
        var bestaand = await store.Vind<Zaak>(zaakId, Zaak.Soort, cancellationToken);
        var validatie = validator.ValidateBeeindiging(body, bestaand?.Staat.Startdatum);
        if (validatie.Value is not { } beeindiging) return NlProblems.Validation(validatie.Errors);

        var now = time.GetUtcNow();
        return await ontvangst.Registreer<Zaak, ThuiszitterAangenomen>(beeindiging.MeldingId, body, zaakId, Zaak.Soort, MeldingSoorten.Beeindigd,
            huidig =>
            {
                if (huidig is null)
                    return NlProblems.NotFound($"Er is geen thuiszitterszaak met id {zaakId}; een onbekende zaak kan niet worden beëindigd.");
                if (huidig.Entiteit.Ingetrokken)
                    return NlProblems.Conflict($"De melding van zaak {zaakId} is ingetrokken; een ingetrokken zaak kan niet worden beëindigd.");
                var zaak = huidig.Staat;
                if (zaak.Einddatum is { } einddatum)
                    return NlProblems.Conflict($"De zaak {zaakId} is al beëindigd op {einddatum:yyyy-MM-dd} ({zaak.Uitkomst}) met een andere melding.");

                var gemeente = GemeenteCode.Parse(zaak.Gemeente);
                var beeindigd = new ThuiszitterBeeindigd(Guid.CreateVersion7(), now, MeldendeOrganisatie.Voor(gemeente), zaakId,
                    gemeente, BrinOf(zaak), beeindiging.Einddatum, beeindiging.Uitkomst);
                return Aanvaard(zaakId, zaak with { Einddatum = beeindiging.Einddatum, Uitkomst = JsonEnumNames<Uitkomst>.NameOf(beeindiging.Uitkomst) },
                    beeindigd);
            }, cancellationToken);
    }

    public async Task<Thuiszitter?> Find(Guid id, CancellationToken cancellationToken)
    {
        if (await store.Vind<Zaak>(id, Zaak.Soort, cancellationToken) is not { } entiteit) return null;

        var zaak = entiteit.Staat;
        _ = JsonEnumNames<SoortVerzuim>.TryParse(zaak.SoortVerzuim, out var soort);
        Uitkomst? uitkomst = JsonEnumNames<Uitkomst>.TryParse(zaak.Uitkomst, out var parsed) ? parsed : null;
        var geschiedenis = new MeldingGeschiedenis(await store.Meldingen(id, cancellationToken));
        var meldingen = geschiedenis.Meldingen
            .Select(m => new MeldingInGeschiedenis(MeldingGeschiedenis.Soort(m), m.MeldingId, m.OntvangenOp, geschiedenis.Corrigeert(m),
                geschiedenis.TrektIn(m), m.GecorrigeerdDoor, m.IngetrokkenDoor))
            .ToArray();
        // The first transfer in force moved the case away from the municipality of the report.
        var gemeenteBijMelding = geschiedenis.Overdrachten is [var eerste, ..] ? MeldingGeschiedenis.VanGemeente(eerste) : zaak.Gemeente;
        return new Thuiszitter(id, VerwijderdeReferentie.Of(zaak.CasusReferentie), zaak.Gemeente, gemeenteBijMelding, zaak.Brin, soort,
            zaak.Startdatum, zaak.Einddatum, uitkomst, entiteit.Ingetrokken, meldingen);
    }

    /// <summary>The municipality's open cases at <paramref name="peildatum"/>: overdue first, then oldest first.</summary>
    public async Task<ThuiszittersWerkvoorraad> Werkvoorraad(GemeenteCode gemeente, DateOnly peildatum, CancellationToken cancellationToken)
    {
        var zaken = await store.Lijst<Zaak>(Zaak.Soort, new { gemeente = gemeente.Value }, cancellationToken);
        var regels = zaken
            .Where(entiteit => entiteit.Staat.Startdatum <= peildatum && (entiteit.Staat.Einddatum is null || entiteit.Staat.Einddatum > peildatum))
            .Select(entiteit =>
            {
                var zaak = entiteit.Staat;
                _ = JsonEnumNames<SoortVerzuim>.TryParse(zaak.SoortVerzuim, out var soort);
                return new ThuiszitterInWerkvoorraad(entiteit.Id, VerwijderdeReferentie.Of(zaak.CasusReferentie), zaak.Brin, soort, zaak.Startdatum,
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

    /// <summary>The decision to store <paramref name="event"/> with the case as it becomes; every melding answers the case's id.</summary>
    internal static Besluit<Zaak, ThuiszitterAangenomen> Aanvaard(Guid zaakId, Zaak zaak, IAgendaEvent @event) =>
        Besluit<Zaak, ThuiszitterAangenomen>.Aanvaard(zaak, @event, new ThuiszitterAangenomen(zaakId), Location(zaakId));

    internal static Brin? BrinOf(Zaak zaak) => zaak.Brin is null ? null : Brin.Parse(zaak.Brin);
}

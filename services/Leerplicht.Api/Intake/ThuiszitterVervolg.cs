using System.Text.Json;
using Leerplicht.Api.Opslag;
using Leerplicht.Api.Thuiszitters;
using Microsoft.AspNetCore.Http.HttpResults;
using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.NlApi;

namespace Leerplicht.Api.Intake;

/// <summary>
/// What follows a report: corrections, withdrawals and transfers. Each is a melding of its own, validated field by
/// field, decided under the case's row lock against the meldingen in force, stored with its event, then published.
/// </summary>
public sealed class ThuiszitterVervolg(MeldingValidator validator, MeldingStore store, ThuiszitterIntake intake, TimeProvider time)
{
    private const string Gecorrigeerde = "gecorrigeerdeMeldingId";
    private const string Ingetrokken = "ingetrokkenMeldingId";

    public async Task<Results<Accepted<ThuiszitterAangenomen>, ValidationProblem, ProblemHttpResult>> Corrigeer(
        Guid zaakId, JsonElement body, CancellationToken cancellationToken)
    {
        var (bestaand, geschiedenis) = await Lees(zaakId, cancellationToken);
        var errors = new FieldErrors();
        var doelId = validator.ReadVerwijzing(body, Gecorrigeerde, errors);
        var doel = Doel(doelId, bestaand, geschiedenis, Gecorrigeerde, errors);

        GeldigeMelding? melding = null;
        GeldigeBeeindiging? beeindiging = null;
        GeldigeOverdracht? overdracht = null;
        switch (doel?.Soort)
        {
            case OpgeslagenMelding.SoortGemeld:
                var m = validator.ValidateMelding(body);
                Merge(errors, m.Errors);
                melding = m.Value;
                if (melding is not null) CheckStartdatum(melding.Startdatum, bestaand!, geschiedenis, errors);
                break;
            case OpgeslagenMelding.SoortBeeindigd:
                var b = validator.ValidateBeeindiging(body, bestaand!.Startdatum);
                Merge(errors, b.Errors);
                beeindiging = b.Value;
                break;
            case OpgeslagenMelding.SoortOvergedragen:
                var o = validator.ValidateOverdracht(body, MeldingGeschiedenis.VanGemeente(doel), bestaand!.Startdatum);
                Merge(errors, o.Errors);
                overdracht = o.Value;
                break;
            default:
                validator.ValidateMeldingIdOnly(body, errors);
                break;
        }
        if (errors.Any) return Invalid(errors);
        if (bestaand is null) return UnknownCase(zaakId);

        var meldingId = melding?.MeldingId ?? beeindiging?.MeldingId ?? overdracht!.MeldingId;
        var now = time.GetUtcNow();
        var resultaat = await store.RegistreerVervolg(zaakId, meldingId, (zaak, alle) =>
        {
            var nu = new MeldingGeschiedenis(alle);
            if (zaak.IngetrokkenOp is not null) return VervolgBesluit.Weigeren(IngetrokkenZaak(zaakId, "gecorrigeerd"));
            var huidig = nu.Find(doelId!.Value);
            if (nu.WaaromNietHerzienbaar(doelId.Value, huidig) is { } waarom) return VervolgBesluit.Weigeren(waarom);
            return melding is not null ? CorrigeerMelding(zaak, nu, huidig!, melding, now)
                : beeindiging is not null ? CorrigeerBeeindiging(zaak, huidig!, beeindiging, now)
                : CorrigeerOverdracht(zaak, huidig!, overdracht!, now);
        }, cancellationToken);
        return await Answer(resultaat, zaakId, stored => stored.CorrigeertMeldingId is not null && stored.ZaakId == zaakId);
    }

    public async Task<Results<Accepted<ThuiszitterAangenomen>, ValidationProblem, ProblemHttpResult>> TrekIn(
        Guid zaakId, JsonElement body, CancellationToken cancellationToken)
    {
        var (bestaand, geschiedenis) = await Lees(zaakId, cancellationToken);
        var validatie = validator.ValidateIntrekking(body);
        var errors = new FieldErrors();
        Merge(errors, validatie.Errors);
        // The reference is judged against the case even when other fields are wrong, so every error is reported at once.
        var doelId = validator.ReadVerwijzing(body, Ingetrokken, new FieldErrors());
        Doel(doelId, bestaand, geschiedenis, Ingetrokken, errors);
        if (errors.Any) return Invalid(errors);
        if (bestaand is null) return UnknownCase(zaakId);

        var intrekking = validatie.Value!;
        var now = time.GetUtcNow();
        var resultaat = await store.RegistreerVervolg(zaakId, intrekking.MeldingId, (zaak, alle) =>
        {
            var nu = new MeldingGeschiedenis(alle);
            if (zaak.IngetrokkenOp is not null) return VervolgBesluit.Weigeren(IngetrokkenZaak(zaakId, "gewijzigd"));
            var doel = nu.Find(intrekking.IngetrokkenMeldingId);
            if (nu.WaaromNietHerzienbaar(intrekking.IngetrokkenMeldingId, doel) is { } waarom) return VervolgBesluit.Weigeren(waarom);

            var nieuw = doel!.Soort switch
            {
                // Withdrawing the report withdraws the case: it no longer counts and cannot be closed or transferred.
                OpgeslagenMelding.SoortGemeld => zaak with { IngetrokkenOp = now },
                // Withdrawing the closing reopens the case.
                OpgeslagenMelding.SoortBeeindigd => zaak with { Einddatum = null, Uitkomst = null },
                _ => zaak with { Gemeente = MeldingGeschiedenis.VanGemeente(doel) },
            };
            var ingetrokken = new MeldingIngetrokken(Guid.CreateVersion7(), now, Organisatie(zaak.Gemeente), zaakId, doel.EventId, intrekking.Reden);
            var opgeslagen = ThuiszitterIntake.Outbox(intrekking.MeldingId, OpgeslagenMelding.SoortIngetrokken, zaakId, now, ingetrokken.EventId, ingetrokken)
                with { TrektInMeldingId = doel.MeldingId };
            return VervolgBesluit.Vastleggen(opgeslagen, nieuw);
        }, cancellationToken);
        return await Answer(resultaat, zaakId, stored => stored.Soort == OpgeslagenMelding.SoortIngetrokken && stored.ZaakId == zaakId);
    }

    public async Task<Results<Accepted<ThuiszitterAangenomen>, ValidationProblem, ProblemHttpResult>> DraagOver(
        Guid zaakId, JsonElement body, CancellationToken cancellationToken)
    {
        var bestaand = await store.FindZaak(zaakId, cancellationToken);
        var validatie = validator.ValidateOverdracht(body, bestaand?.Gemeente, bestaand?.Startdatum);
        if (validatie.Value is not { } overdracht) return Invalid(validatie.Errors);
        if (bestaand is null) return UnknownCase(zaakId);

        var now = time.GetUtcNow();
        var resultaat = await store.RegistreerVervolg(zaakId, overdracht.MeldingId, (zaak, _) =>
        {
            if (zaak.IngetrokkenOp is not null) return VervolgBesluit.Weigeren(IngetrokkenZaak(zaakId, "overgedragen"));
            if (zaak.Einddatum is not null)
                return VervolgBesluit.Weigeren($"De zaak {zaakId} is beëindigd op {zaak.Einddatum:yyyy-MM-dd}; alleen een open zaak kan worden overgedragen.");
            if (zaak.Gemeente == overdracht.NaarGemeente.Value)
                return VervolgBesluit.Weigeren($"De zaak {zaakId} hoort al bij {zaak.Gemeente}.");

            var overgedragen = new ThuiszitterOvergedragen(Guid.CreateVersion7(), now, Organisatie(zaak.Gemeente), zaakId,
                GemeenteCode.Parse(zaak.Gemeente), overdracht.NaarGemeente, BrinOf(zaak), overdracht.Overdrachtsdatum);
            return VervolgBesluit.Vastleggen(
                ThuiszitterIntake.Outbox(overdracht.MeldingId, OpgeslagenMelding.SoortOvergedragen, zaakId, now, overgedragen.EventId, overgedragen),
                zaak with { Gemeente = overdracht.NaarGemeente.Value });
        }, cancellationToken);
        return await Answer(resultaat, zaakId,
            stored => stored.Soort == OpgeslagenMelding.SoortOvergedragen && stored.CorrigeertMeldingId is null && stored.ZaakId == zaakId);
    }

    private static VervolgBesluit CorrigeerMelding(Zaak zaak, MeldingGeschiedenis geschiedenis, OpgeslagenMelding doel, GeldigeMelding melding, DateTimeOffset now)
    {
        var gemeld = new ThuiszitterGemeld(Guid.CreateVersion7(), now, MeldendeOrganisatie.Voor(melding.Gemeente), zaak.Id,
            melding.CasusReferentie.Value, melding.Gemeente, melding.Brin, melding.SoortVerzuim, melding.Startdatum)
        { Corrigeert = doel.EventId };
        // After a transfer the case belongs to the transfer's municipality; the report's municipality is where it started.
        var gemeente = geschiedenis.Overdrachten.Count > 0 ? zaak.Gemeente : melding.Gemeente.Value;
        var nieuw = zaak with
        {
            CasusReferentie = melding.CasusReferentie.Value,
            Gemeente = gemeente,
            Brin = melding.Brin?.Value,
            SoortVerzuim = JsonEnumNames<SoortVerzuim>.NameOf(melding.SoortVerzuim),
            Startdatum = melding.Startdatum,
        };
        return VervolgBesluit.Vastleggen(Correctie(melding.MeldingId, doel, zaak.Id, now, gemeld.EventId, gemeld), nieuw);
    }

    private static VervolgBesluit CorrigeerBeeindiging(Zaak zaak, OpgeslagenMelding doel, GeldigeBeeindiging beeindiging, DateTimeOffset now)
    {
        var beeindigd = new ThuiszitterBeeindigd(Guid.CreateVersion7(), now, Organisatie(zaak.Gemeente), zaak.Id,
            GemeenteCode.Parse(zaak.Gemeente), BrinOf(zaak), beeindiging.Einddatum, beeindiging.Uitkomst)
        { Corrigeert = doel.EventId };
        var nieuw = zaak with { Einddatum = beeindiging.Einddatum, Uitkomst = JsonEnumNames<Uitkomst>.NameOf(beeindiging.Uitkomst) };
        return VervolgBesluit.Vastleggen(Correctie(beeindiging.MeldingId, doel, zaak.Id, now, beeindigd.EventId, beeindigd), nieuw);
    }

    private static VervolgBesluit CorrigeerOverdracht(Zaak zaak, OpgeslagenMelding doel, GeldigeOverdracht overdracht, DateTimeOffset now)
    {
        var van = GemeenteCode.Parse(MeldingGeschiedenis.VanGemeente(doel));
        var overgedragen = new ThuiszitterOvergedragen(Guid.CreateVersion7(), now, MeldendeOrganisatie.Voor(van), zaak.Id,
            van, overdracht.NaarGemeente, BrinOf(zaak), overdracht.Overdrachtsdatum)
        { Corrigeert = doel.EventId };
        return VervolgBesluit.Vastleggen(Correctie(overdracht.MeldingId, doel, zaak.Id, now, overgedragen.EventId, overgedragen),
            zaak with { Gemeente = overdracht.NaarGemeente.Value });
    }

    /// <summary>A correction keeps the soort of what it corrects, so a correction of a correction works the same way.</summary>
    private static OpgeslagenMelding Correctie<TEvent>(Guid meldingId, OpgeslagenMelding doel, Guid zaakId, DateTimeOffset now, Guid eventId, TEvent @event) =>
        ThuiszitterIntake.Outbox(meldingId, doel.Soort, zaakId, now, eventId, @event) with { CorrigeertMeldingId = doel.MeldingId };

    /// <summary>A corrected startdatum may not pass the case's closing or a transfer in force.</summary>
    private static void CheckStartdatum(DateOnly startdatum, Zaak zaak, MeldingGeschiedenis geschiedenis, FieldErrors errors)
    {
        if (zaak.Einddatum is { } einddatum && startdatum > einddatum)
            errors.Add("startdatum", $"De startdatum ligt na de einddatum van de zaak ({einddatum:yyyy-MM-dd}).");
        foreach (var overdracht in geschiedenis.Overdrachten)
        {
            var datum = MeldingGeschiedenis.Overdrachtsdatum(overdracht);
            if (startdatum > datum)
                errors.Add("startdatum", $"De startdatum ligt na de overdracht van {datum:yyyy-MM-dd}.");
        }
    }

    /// <summary>The earlier melding a correction or withdrawal names; a field error when it is not one of this case's that may be changed.</summary>
    private static OpgeslagenMelding? Doel(Guid? doelId, Zaak? zaak, MeldingGeschiedenis geschiedenis, string field, FieldErrors errors)
    {
        if (doelId is null || zaak is null) return null;
        var doel = geschiedenis.Find(doelId.Value);
        if (doel is null)
        {
            errors.Add(field, $"De melding {doelId} hoort niet bij zaak {zaak.Id}.");
            return null;
        }
        if (!OpgeslagenMelding.Herzienbaar.Contains(doel.Soort))
        {
            errors.Add(field, $"Een melding van soort '{doel.Soort}' kan niet worden gecorrigeerd of ingetrokken; alleen een melding, beëindiging of overdracht.");
            return null;
        }
        return doel;
    }

    private async Task<(Zaak? Zaak, MeldingGeschiedenis Geschiedenis)> Lees(Guid zaakId, CancellationToken cancellationToken)
    {
        var zaak = await store.FindZaak(zaakId, cancellationToken);
        var meldingen = zaak is null ? [] : await store.FindMeldingen(zaakId, cancellationToken);
        return (zaak, new MeldingGeschiedenis(meldingen));
    }

    private async Task<Results<Accepted<ThuiszitterAangenomen>, ValidationProblem, ProblemHttpResult>> Answer(
        VervolgResultaat resultaat, Guid zaakId, Func<OpgeslagenMelding, bool> isExpected)
    {
        if (resultaat.ZaakOnbekend) return UnknownCase(zaakId);
        if (resultaat.Conflict is not null) return NlProblems.Conflict(resultaat.Conflict);
        return await intake.Answer(resultaat.Melding!, isExpected);
    }

    /// <summary>400 naming every wrong field; a transfer out of the region says in the detail what to do instead.</summary>
    internal static ValidationProblem Invalid(IReadOnlyDictionary<string, string[]> errors)
    {
        var problem = NlProblems.Validation(errors);
        if (errors.Values.Any(reasons => reasons.Contains(MeldingValidator.BuitenRegio)))
            problem.ProblemDetails.Detail += " " + MeldingValidator.BuitenRegio;
        return problem;
    }

    private static ValidationProblem Invalid(FieldErrors errors) => Invalid(errors.ToDictionary());

    private static ProblemHttpResult UnknownCase(Guid zaakId) => NlProblems.NotFound($"Er is geen thuiszitterszaak met id {zaakId}.");

    private static string IngetrokkenZaak(Guid zaakId, string wat) =>
        $"De melding van zaak {zaakId} is ingetrokken; een ingetrokken zaak kan niet meer worden {wat}.";

    private static void Merge(FieldErrors errors, IReadOnlyDictionary<string, string[]> more)
    {
        foreach (var (field, reasons) in more)
            foreach (var reason in reasons) errors.Add(field, reason);
    }

    private static string Organisatie(string gemeente) => MeldendeOrganisatie.Voor(GemeenteCode.Parse(gemeente));

    private static Brin? BrinOf(Zaak zaak) => zaak.Brin is null ? null : Brin.Parse(zaak.Brin);
}

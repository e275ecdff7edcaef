using Intake.Contracts.Leerplicht;
using System.Text.Json;
using Leerplicht.Api.Opslag;
using Leerplicht.Api.Thuiszitters;
using Microsoft.AspNetCore.Http.HttpResults;
using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.Intake;
using Ontwikkelagenda.Intake.Opslag;
using Ontwikkelagenda.Intake.Validatie;
using Ontwikkelagenda.ServiceDefaults.NlApi;

namespace Leerplicht.Api.Intake;

/// <summary>
/// What follows a report: corrections, withdrawals and transfers. Each is a melding of its own, validated field by
/// field, decided under the case's row lock against the meldingen in force, stored with its event, then published.
/// </summary>
public sealed class ThuiszitterVervolg(MeldingValidator validator, MeldingOntvangst ontvangst, IntakeStore store, TimeProvider time)
{
    private const string Gecorrigeerde = "gecorrigeerdeMeldingId";
    private const string Ingetrokken = "ingetrokkenMeldingId";

    /// <summary>A correction carries the fields of what it corrects besides its own: those of <see cref="ThuiszitterCorrectie"/>.</summary>
    private static readonly IReadOnlySet<string> Correctievelden = Verzoekvelden.Van<ThuiszitterCorrectie>();

    public async Task<Results<Accepted<ThuiszitterAangenomen>, ValidationProblem, ProblemHttpResult>> Corrigeer(
        Guid zaakId, JsonElement body, CancellationToken cancellationToken)
    {
        if (await ontvangst.EerderOntvangen<ThuiszitterAangenomen>(body, zaakId, MeldingSoorten.Correctie, cancellationToken) is { } herhaling) return herhaling;
        var (bestaand, geschiedenis) = await Lees(zaakId, cancellationToken);
        var errors = new FieldErrors();
        var doelId = validator.ReadVerwijzing(body, Gecorrigeerde, errors);
        var doel = Doel(doelId, zaakId, bestaand, geschiedenis, Gecorrigeerde, errors);

        GeldigeMelding? melding = null;
        GeldigeBeeindiging? beeindiging = null;
        GeldigeOverdracht? overdracht = null;
        switch (doel is null ? null : MeldingGeschiedenis.Soort(doel))
        {
            case MeldingSoorten.Gemeld:
                var m = validator.ValidateMelding(body, Correctievelden);
                errors.AddAll(m.Errors);
                melding = m.Value;
                if (melding is not null) CheckStartdatum(melding.Startdatum, bestaand!, geschiedenis, errors);
                break;
            case MeldingSoorten.Beeindigd:
                var b = validator.ValidateBeeindiging(body, bestaand!.Startdatum, Correctievelden);
                errors.AddAll(b.Errors);
                beeindiging = b.Value;
                break;
            case MeldingSoorten.Overgedragen:
                var o = validator.ValidateOverdracht(body, MeldingGeschiedenis.VanGemeente(doel!), bestaand!.Startdatum, Correctievelden);
                errors.AddAll(o.Errors);
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
        return await ontvangst.Registreer<Zaak, ThuiszitterAangenomen>(meldingId, body, zaakId, Zaak.Soort, MeldingSoorten.Correctie, huidig =>
        {
            if (huidig is null) return UnknownCase(zaakId);
            if (huidig.Entiteit.Ingetrokken) return NlProblems.Conflict(IngetrokkenZaak(zaakId, "gecorrigeerd"));
            var nu = new MeldingGeschiedenis(huidig.Meldingen);
            var doelNu = nu.Find(doelId!.Value);
            if (nu.WaaromNietHerzienbaar(doelId.Value, doelNu) is { } waarom) return NlProblems.Conflict(waarom);
            var besluit = melding is not null ? CorrigeerMelding(zaakId, huidig.Staat, nu, doelNu!, melding, now)
                : beeindiging is not null ? CorrigeerBeeindiging(zaakId, huidig.Staat, doelNu!, beeindiging, now)
                : CorrigeerOverdracht(zaakId, huidig.Staat, doelNu!, overdracht!, now);
            return besluit with { Corrigeert = doelNu!.MeldingId };
        }, cancellationToken);
    }

    public async Task<Results<Accepted<ThuiszitterAangenomen>, ValidationProblem, ProblemHttpResult>> TrekIn(
        Guid zaakId, JsonElement body, CancellationToken cancellationToken)
    {
        if (await ontvangst.EerderOntvangen<ThuiszitterAangenomen>(body, zaakId, Intrekkingen.MeldingSoort, cancellationToken) is { } herhaling) return herhaling;
        var (bestaand, geschiedenis) = await Lees(zaakId, cancellationToken);
        var validatie = validator.ValidateIntrekking(body);
        var errors = new FieldErrors();
        errors.AddAll(validatie.Errors);
        // The reference is judged against the case even when other fields are wrong, so every error is reported at once.
        var doelId = validator.ReadVerwijzing(body, Ingetrokken, new FieldErrors());
        Doel(doelId, zaakId, bestaand, geschiedenis, Ingetrokken, errors);
        if (errors.Any) return Invalid(errors);
        if (bestaand is null) return UnknownCase(zaakId);

        var intrekking = validatie.Value!;
        var now = time.GetUtcNow();
        return await ontvangst.Registreer<Zaak, ThuiszitterAangenomen>(intrekking.MeldingId, body, zaakId, Zaak.Soort, Intrekkingen.MeldingSoort,
            huidig =>
            {
                if (huidig is null) return UnknownCase(zaakId);
                if (huidig.Entiteit.Ingetrokken) return NlProblems.Conflict(IngetrokkenZaak(zaakId, "gewijzigd"));
                var nu = new MeldingGeschiedenis(huidig.Meldingen);
                var doel = nu.Find(intrekking.IngetrokkenMeldingId);
                if (nu.WaaromNietHerzienbaar(intrekking.IngetrokkenMeldingId, doel) is { } waarom) return NlProblems.Conflict(waarom);

                var zaak = huidig.Staat;
                var soort = MeldingGeschiedenis.Soort(doel!);
                var nieuw = soort switch
                {
                    // Withdrawing the report withdraws the case (below): it no longer counts and cannot be closed or transferred.
                    MeldingSoorten.Gemeld => zaak,
                    // Withdrawing the closing reopens the case.
                    MeldingSoorten.Beeindigd => zaak with { Einddatum = null, Uitkomst = null },
                    _ => zaak with { Gemeente = MeldingGeschiedenis.VanGemeente(doel!) },
                };
                var ingetrokken = new MeldingIngetrokken(Guid.CreateVersion7(), now, Organisatie(zaak.Gemeente), zaakId, doel!.EventId, intrekking.Reden);
                return ThuiszitterIntake.Aanvaard(zaakId, nieuw, ingetrokken) with
                {
                    TrektIn = doel.MeldingId,
                    Intrekken = soort == MeldingSoorten.Gemeld,
                };
            }, cancellationToken);
    }

    public async Task<Results<Accepted<ThuiszitterAangenomen>, ValidationProblem, ProblemHttpResult>> DraagOver(
        Guid zaakId, JsonElement body, CancellationToken cancellationToken)
    {
        if (await ontvangst.EerderOntvangen<ThuiszitterAangenomen>(body, zaakId, MeldingSoorten.Overgedragen, cancellationToken) is { } herhaling) return herhaling;
        var bestaand = await store.Vind<Zaak>(zaakId, Zaak.Soort, cancellationToken);
        var validatie = validator.ValidateOverdracht(body, bestaand?.Staat.Gemeente, bestaand?.Staat.Startdatum);
        if (validatie.Value is not { } overdracht) return Invalid(validatie.Errors);
        if (bestaand is null) return UnknownCase(zaakId);

        var now = time.GetUtcNow();
        return await ontvangst.Registreer<Zaak, ThuiszitterAangenomen>(overdracht.MeldingId, body, zaakId, Zaak.Soort, MeldingSoorten.Overgedragen,
            huidig =>
            {
                if (huidig is null) return UnknownCase(zaakId);
                if (huidig.Entiteit.Ingetrokken) return NlProblems.Conflict(IngetrokkenZaak(zaakId, "overgedragen"));
                var zaak = huidig.Staat;
                if (zaak.Einddatum is not null)
                    return NlProblems.Conflict($"De zaak {zaakId} is beëindigd op {zaak.Einddatum:yyyy-MM-dd}; alleen een open zaak kan worden overgedragen.");
                if (zaak.Gemeente == overdracht.NaarGemeente.Value)
                    return NlProblems.Conflict($"De zaak {zaakId} hoort al bij {zaak.Gemeente}.");

                var overgedragen = new ThuiszitterOvergedragen(Guid.CreateVersion7(), now, Organisatie(zaak.Gemeente), zaakId,
                    GemeenteCode.Parse(zaak.Gemeente), overdracht.NaarGemeente, ThuiszitterIntake.BrinOf(zaak), overdracht.Overdrachtsdatum);
                return ThuiszitterIntake.Aanvaard(zaakId, zaak with { Gemeente = overdracht.NaarGemeente.Value }, overgedragen);
            }, cancellationToken);
    }

    private static Besluit<Zaak, ThuiszitterAangenomen> CorrigeerMelding(Guid zaakId, Zaak zaak, MeldingGeschiedenis geschiedenis,
        IntakeMelding doel, GeldigeMelding melding, DateTimeOffset now)
    {
        var gemeld = new ThuiszitterGemeld(Guid.CreateVersion7(), now, MeldendeOrganisatie.Voor(melding.Gemeente), zaakId,
            melding.CasusReferentie, melding.Gemeente, melding.Brin, melding.SoortVerzuim, melding.Startdatum)
        { Corrigeert = doel.EventId };
        // After a transfer the case belongs to the transfer's municipality; the report's municipality is where it started.
        var gemeente = geschiedenis.Overdrachten.Count > 0 ? zaak.Gemeente : melding.Gemeente.Value;
        var nieuw = zaak with
        {
            CasusReferentie = melding.CasusReferentie,
            Gemeente = gemeente,
            Brin = melding.Brin?.Value,
            SoortVerzuim = JsonEnumNames<SoortVerzuim>.NameOf(melding.SoortVerzuim),
            Startdatum = melding.Startdatum,
        };
        return ThuiszitterIntake.Aanvaard(zaakId, nieuw, gemeld);
    }

    private static Besluit<Zaak, ThuiszitterAangenomen> CorrigeerBeeindiging(Guid zaakId, Zaak zaak, IntakeMelding doel,
        GeldigeBeeindiging beeindiging, DateTimeOffset now)
    {
        var beeindigd = new ThuiszitterBeeindigd(Guid.CreateVersion7(), now, Organisatie(zaak.Gemeente), zaakId,
            GemeenteCode.Parse(zaak.Gemeente), ThuiszitterIntake.BrinOf(zaak), beeindiging.Einddatum, beeindiging.Uitkomst)
        { Corrigeert = doel.EventId };
        var nieuw = zaak with { Einddatum = beeindiging.Einddatum, Uitkomst = JsonEnumNames<Uitkomst>.NameOf(beeindiging.Uitkomst) };
        return ThuiszitterIntake.Aanvaard(zaakId, nieuw, beeindigd);
    }

    private static Besluit<Zaak, ThuiszitterAangenomen> CorrigeerOverdracht(Guid zaakId, Zaak zaak, IntakeMelding doel,
        GeldigeOverdracht overdracht, DateTimeOffset now)
    {
        var van = GemeenteCode.Parse(MeldingGeschiedenis.VanGemeente(doel));
        var overgedragen = new ThuiszitterOvergedragen(Guid.CreateVersion7(), now, MeldendeOrganisatie.Voor(van), zaakId,
            van, overdracht.NaarGemeente, ThuiszitterIntake.BrinOf(zaak), overdracht.Overdrachtsdatum)
        { Corrigeert = doel.EventId };
        return ThuiszitterIntake.Aanvaard(zaakId, zaak with { Gemeente = overdracht.NaarGemeente.Value }, overgedragen);
    }

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
    private static IntakeMelding? Doel(Guid? doelId, Guid zaakId, Zaak? zaak, MeldingGeschiedenis geschiedenis, string field, FieldErrors errors)
    {
        if (doelId is null || zaak is null) return null;
        var doel = geschiedenis.Find(doelId.Value);
        if (doel is null)
        {
            errors.Add(field, $"De melding {doelId} hoort niet bij zaak {zaakId}.");
            return null;
        }
        var soort = MeldingGeschiedenis.Soort(doel);
        if (!MeldingGeschiedenis.Herzienbaar.Contains(soort))
        {
            errors.Add(field, $"Een melding van soort '{soort}' kan niet worden gecorrigeerd of ingetrokken; alleen een melding, beëindiging of overdracht.");
            return null;
        }
        return doel;
    }

    private async Task<(Zaak? Zaak, MeldingGeschiedenis Geschiedenis)> Lees(Guid zaakId, CancellationToken cancellationToken)
    {
        var entiteit = await store.Vind<Zaak>(zaakId, Zaak.Soort, cancellationToken);
        var meldingen = entiteit is null ? [] : await store.Meldingen(zaakId, cancellationToken);
        return (entiteit?.Staat, new MeldingGeschiedenis(meldingen));
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

    private static string Organisatie(string gemeente) => MeldendeOrganisatie.Voor(GemeenteCode.Parse(gemeente));
}

using System.Text.Json;
using Leerplicht.Api.Thuiszitters;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.Intake.Validatie;

namespace Leerplicht.Api.Intake;

/// <summary>
/// Validates the intake's request bodies with the intake's field reader (<see cref="VeldLezer"/>), so that every
/// wrong field is reported at once. A field the request record (<see cref="ThuiszitterMelding"/> and the others) does
/// not name is refused; a correction may carry the fields of <see cref="ThuiszitterCorrectie"/>.
/// </summary>
public sealed class MeldingValidator(VeldLezerFactory lezers)
{
    public const string Body = VeldLezer.Body;

    /// <summary>The reason given when a transfer names a municipality outside the region; the endpoint repeats it in the detail.</summary>
    public const string BuitenRegio = "Een verhuizing buiten regio 22.01 is geen overdracht maar een beëindiging met uitkomst 'verhuisd' (POST /v1/thuiszitters/{id}/beeindiging).";

    public Validatie<GeldigeMelding> ValidateMelding(JsonElement body, IReadOnlySet<string>? bekend = null)
    {
        var velden = lezers.Lees(body, bekend ?? Verzoekvelden.Van<ThuiszitterMelding>());
        var meldingId = velden.MeldingId();
        var casusReferentie = velden.Referentie("casusReferentie");
        var gemeente = velden.Gemeente("gemeente");
        var soort = velden.Keuze<SoortVerzuim>("soortVerzuim", "Het soort verzuim");
        var brin = Brin(velden, soort);
        var startdatum = velden.Datum("startdatum", "De startdatum");
        return Validatie<GeldigeMelding>.Van(velden, () =>
            new GeldigeMelding(meldingId!.Value, casusReferentie!.Value, gemeente!.Value, brin, soort!.Value, startdatum!.Value));
    }

    /// <param name="body">The request body as sent.</param>
    /// <param name="startdatum">The case's startdatum when the case is known; the einddatum may not precede it.</param>
    /// <param name="bekend">The fields the body may carry; by default those of <see cref="ThuiszitterBeeindiging"/>.</param>
    public Validatie<GeldigeBeeindiging> ValidateBeeindiging(JsonElement body, DateOnly? startdatum, IReadOnlySet<string>? bekend = null)
    {
        var velden = lezers.Lees(body, bekend ?? Verzoekvelden.Van<ThuiszitterBeeindiging>());
        var meldingId = velden.MeldingId();
        var einddatum = velden.Datum("einddatum", "De einddatum");
        if (einddatum is not null && startdatum is not null && einddatum < startdatum)
            velden.Errors.Add("einddatum", $"De einddatum ligt voor de startdatum van de zaak ({startdatum:yyyy-MM-dd}).");
        var uitkomst = velden.Keuze<Uitkomst>("uitkomst", "De uitkomst");
        return Validatie<GeldigeBeeindiging>.Van(velden, () => new GeldigeBeeindiging(meldingId!.Value, einddatum!.Value, uitkomst!.Value));
    }

    /// <param name="body">The request body as sent.</param>
    /// <param name="vanGemeente">The municipality the case moves from, when known; the new one must differ.</param>
    /// <param name="startdatum">The case's startdatum when known; the transfer may not precede it.</param>
    /// <param name="bekend">The fields the body may carry; by default those of <see cref="ThuiszitterOverdracht"/>.</param>
    public Validatie<GeldigeOverdracht> ValidateOverdracht(JsonElement body, string? vanGemeente, DateOnly? startdatum, IReadOnlySet<string>? bekend = null)
    {
        var velden = lezers.Lees(body, bekend ?? Verzoekvelden.Van<ThuiszitterOverdracht>());
        var meldingId = velden.MeldingId();
        var naar = velden.Gemeente("naarGemeente", buitenRegio: BuitenRegio);
        if (naar is not null && naar.Value.Value == vanGemeente)
            velden.Errors.Add("naarGemeente", $"De zaak hoort al bij {vanGemeente}; een overdracht gaat naar een andere gemeente van de regio.");
        var overdrachtsdatum = velden.Datum("overdrachtsdatum", "De overdrachtsdatum");
        if (overdrachtsdatum is not null && startdatum is not null && overdrachtsdatum < startdatum)
            velden.Errors.Add("overdrachtsdatum", $"De overdrachtsdatum ligt voor de startdatum van de zaak ({startdatum:yyyy-MM-dd}).");
        return Validatie<GeldigeOverdracht>.Van(velden, () => new GeldigeOverdracht(meldingId!.Value, naar!.Value, overdrachtsdatum!.Value));
    }

    public Validatie<GeldigeIntrekking> ValidateIntrekking(JsonElement body)
    {
        var velden = lezers.Lees<ThuiszitterIntrekking>(body);
        var intrekking = GeldigeIntrekking.Lees(velden);
        return Validatie<GeldigeIntrekking>.Van(velden, () => intrekking!);
    }

    /// <summary>A field naming an earlier melding of this case by its meldingId; null (and no error) when the body is no object.</summary>
    public Guid? ReadVerwijzing(JsonElement body, string field, FieldErrors errors)
    {
        if (body.ValueKind != JsonValueKind.Object) return null;
        var velden = lezers.Lees(body, bekend: null);
        var id = velden.Id(field, $"Het veld {field} is de meldingId (UUID) van een eerdere melding van deze zaak.");
        errors.AddAll(velden.Fouten);
        return id;
    }

    /// <summary>Only the meldingId, for a correction whose target is unknown (its other fields cannot be judged).</summary>
    public void ValidateMeldingIdOnly(JsonElement body, FieldErrors errors)
    {
        var velden = lezers.Lees<ThuiszitterCorrectie>(body);
        velden.MeldingId();
        errors.AddAll(velden.Fouten);
    }

    /// <summary>Required for langdurig-relatief verzuim (the school the child is enrolled at), empty for absoluut.</summary>
    private static Brin? Brin(VeldLezer velden, SoortVerzuim? soort)
    {
        var brin = velden.Brin("brin", verplicht: false);
        if (velden.Errors.Has("brin")) return null;
        var gegeven = brin is not null;
        if (soort == SoortVerzuim.LangdurigRelatief && !gegeven)
            velden.Errors.Add("brin", "Bij langdurig relatief verzuim is het BRIN-nummer van de school verplicht.");
        if (soort == SoortVerzuim.Absoluut && gegeven)
            velden.Errors.Add("brin", "Bij absoluut verzuim is het kind niet ingeschreven: laat het BRIN-nummer leeg.");
        return brin;
    }
}
